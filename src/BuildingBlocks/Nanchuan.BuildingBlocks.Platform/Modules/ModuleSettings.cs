using System.ComponentModel.DataAnnotations;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace Nanchuan.BuildingBlocks.Platform.Modules;

/// <summary>
/// One way for a module to read its settings (ADR 0149): a class with the spec's defaults as initial values and the allowed
/// range of each as data annotations (plus <see cref="IValidatableObject"/> for rules across settings), bound from one
/// configuration section and checked when the host starts. A value out of range or of the wrong type stops the start with a
/// message naming the configuration key — never a silent default, never a failure at the first request that needs it.
/// </summary>
public static class ModuleSettings
{
    /// <summary>Binds <paramref name="sectionPath"/> to <typeparamref name="T"/>, checks it at start-up and registers the checked value itself as a singleton.</summary>
    public static OptionsBuilder<T> AddModuleSettings<T>(this IServiceCollection services, IConfiguration configuration, string sectionPath) where T : class
    {
        var builder = services.AddOptions<T>().Bind(configuration.GetSection(sectionPath)).ValidateOnStart();
        services.AddSingleton<IValidateOptions<T>>(new AnnotatedSettingsValidator<T>(sectionPath));
        services.AddSingleton(provider => provider.GetRequiredService<IOptions<T>>().Value);
        return builder;
    }

    /// <summary>
    /// The same binding and checks, at once, for a section the platform needs while it registers its services (the working-day
    /// calendar is built then): a bad value stops the start with the same message naming its key.
    /// </summary>
    public static T ReadChecked<T>(IConfiguration configuration, string sectionPath) where T : class, new()
    {
        var settings = configuration.GetSection(sectionPath).Get<T>() ?? new T();
        var result = new AnnotatedSettingsValidator<T>(sectionPath).Validate(null, settings);
        return result.Failed ? throw new OptionsValidationException(sectionPath, typeof(T), result.Failures) : settings;
    }

    /// <summary>
    /// For <see cref="IValidatableObject"/>: a failure for each blank or repeated value of a list of codes or names (a zone code, a
    /// bank, a room), which would otherwise make two entries indistinguishable in routes, events and reports.
    /// </summary>
    public static IEnumerable<ValidationResult> BlankOrRepeated(IEnumerable<string?> values, string member)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var value in values)
            if (string.IsNullOrWhiteSpace(value)) yield return new ValidationResult("An entry is blank.", [member]);
            else if (!seen.Add(value)) yield return new ValidationResult($"'{value}' is listed twice.", [member]);
    }

    private sealed class AnnotatedSettingsValidator<T>(string sectionPath) : IValidateOptions<T> where T : class
    {
        public ValidateOptionsResult Validate(string? name, T options)
        {
            var results = new List<ValidationResult>();
            if (Validator.TryValidateObject(options, new ValidationContext(options), results, validateAllProperties: true))
                return ValidateOptionsResult.Success;
            return ValidateOptionsResult.Fail(results.Select(result =>
                $"{sectionPath}:{string.Join(",", result.MemberNames.DefaultIfEmpty("*"))}: {result.ErrorMessage}"));
        }
    }
}
