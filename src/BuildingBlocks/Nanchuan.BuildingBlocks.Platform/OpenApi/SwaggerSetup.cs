using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.OpenApi;
using Nanchuan.BuildingBlocks.Enterprises;

namespace Nanchuan.BuildingBlocks.Platform.OpenApi;

/// <summary>Swashbuckle: one document for the whole platform, bearer security, examples and the error responses of every operation.</summary>
public static class SwaggerSetup
{
    public const string DocumentName = "v1";
    public const string DocumentRoute = "/swagger/v1/swagger.json";
    private const string BearerScheme = "Bearer";

    public static void AddPlatformOpenApi(this IServiceCollection services)
    {
        services.AddEndpointsApiExplorer();
        services.AddSwaggerGen(options =>
        {
            options.SwaggerDoc(DocumentName, new OpenApiInfo
            {
                Title = "南川区营商环境平台 API / Nanchuan business-environment platform API",
                Version = "v1",
                Description = "REST API of the Nanchuan District business-environment platform. JSON is camelCase, times are ISO 8601 with offset, " +
                              "money is a decimal in CNY. Errors are RFC 9457 problem details. Authenticate with a bearer token " +
                              "(in Development: POST /api/dev/tokens).",
            });
            options.AddSecurityDefinition(BearerScheme, new OpenApiSecurityScheme
            {
                Type = SecuritySchemeType.Http,
                Scheme = "bearer",
                BearerFormat = "JWT",
                Description = "JWT bearer token carrying the user's role (and department or credit code).",
            });
            options.CustomSchemaIds(type => type.FullName!.Replace("+", ".").Replace("Nanchuan.", ""));
            options.SupportNonNullableReferenceTypes();
            // The API takes and gives a credit code as its 18 characters (its JSON converter), not as an object.
            options.MapType<UnifiedSocialCreditCode>(() => new OpenApiSchema
            {
                Type = JsonSchemaType.String,
                MinLength = 18,
                MaxLength = 18,
                Pattern = $"^[{UnifiedSocialCreditCode.Alphabet}]{{18}}$",
                Description = "统一社会信用代码 (GB 32100-2015, both check characters verified)",
            });
            // A time of day without offset ("09:30:00"): JSON Schema's "time" format is RFC 3339's full-time, which needs one.
            options.MapType<TimeOnly>(() => new OpenApiSchema
            {
                Type = JsonSchemaType.String,
                MaxLength = 16,
                Pattern = "^([01][0-9]|2[0-3]):[0-5][0-9](:[0-5][0-9](\\.[0-9]{1,7})?)?$",
                Description = "时刻 / time of day, hh:mm[:ss], Beijing time",
            });
            options.SchemaFilter<ExampleSchemaFilter>();
            options.SchemaFilter<RequestRulesSchemaFilter>();
            options.SchemaFilter<NullableReferenceSchemaFilter>();
            options.OperationFilter<StandardResponsesOperationFilter>();
            options.OperationFilter<CaseVersionOperationFilter>();
            options.OperationFilter<DeprecatedParameterOperationFilter>();
        });
    }

    /// <summary>
    /// Only requests under /swagger pass through Swashbuckle: its UI middleware matches every request's path with regular
    /// expressions, about 2 % of the CPU of an API request that never needed it (bench S4 profile, RESULTS.md).
    /// </summary>
    public static void UsePlatformOpenApi(this WebApplication app) =>
        app.UseWhen(context => context.Request.Path.StartsWithSegments("/swagger"), swagger =>
        {
            // A client generated from the document calls the host it was read from (behind a proxy: its public address).
            swagger.UseSwagger(options => options.PreSerializeFilters.Add((document, request) =>
                document.Servers = [new OpenApiServer { Url = $"{request.Scheme}://{request.Host.Value}{request.PathBase}" }]));
            swagger.UseSwaggerUI(options =>
            {
                options.SwaggerEndpoint(DocumentRoute, "Nanchuan v1");
                options.DocumentTitle = "南川区营商环境平台 API";
            });
        });

    internal static OpenApiSecuritySchemeReference BearerReference(OpenApiDocument? document) => new(BearerScheme, document);
}
