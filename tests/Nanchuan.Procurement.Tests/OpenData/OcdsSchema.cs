using NJsonSchema;
using NJsonSchema.Validation;

namespace Nanchuan.Procurement.Tests.OpenData;

/// <summary>The vendored OCDS 1.1.5 release-package schema (Schema/README.md), its release schema resolved from the file beside it.</summary>
internal static class OcdsSchema
{
    private const string ReleaseSchemaUrl = "https://standard.open-contracting.org/schema/1__1__5/release-schema.json";

    private static readonly Lazy<Task<JsonSchema>> Package = new(LoadAsync);

    /// <returns>Every violation of the schema (kind and path), empty when the package conforms.</returns>
    public static async Task<IReadOnlyList<string>> ErrorsAsync(string packageJson) =>
        Leaves((await Package.Value).Validate(packageJson)).Select(e => $"{e.Kind} {e.Path}").ToList();

    /// <summary>A violation inside a release is reported under the package's `releases` item: the leaves say what is wrong.</summary>
    private static IEnumerable<ValidationError> Leaves(IEnumerable<ValidationError> errors) =>
        errors.SelectMany(e => e is ChildSchemaValidationError child ? Leaves(child.Errors.SelectMany(c => c.Value)) : [e]);

    private static async Task<JsonSchema> LoadAsync()
    {
        var directory = Path.Combine(AppContext.BaseDirectory, "OpenData", "Schema");
        var path = Path.Combine(directory, "release-package-schema.json");
        var text = await File.ReadAllTextAsync(path);
        text.ShouldContain(ReleaseSchemaUrl);
        // No network in the tests: the canonical URL resolves to the vendored copy.
        return await JsonSchema.FromJsonAsync(text.Replace(ReleaseSchemaUrl, "release-schema.json"), path);
    }
}
