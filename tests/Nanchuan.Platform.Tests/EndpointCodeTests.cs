namespace Nanchuan.Platform.Tests;

/// <summary>
/// What every endpoint's generated code does before its method runs, read from src/Host/Internal/Generated (which
/// <see cref="GeneratedCodeTests"/> keeps equal to what the sources generate): a read opens a query session, not the
/// outboxed document session and message context of a write (ADR 0183); the request's span is tagged only when a trace
/// records it (ADR 0184).
/// </summary>
public sealed class EndpointCodeTests
{
    private static readonly string[] HttpMethods = ["GET", "POST", "PUT", "DELETE", "PATCH"];

    private static List<(string Name, string Code)> Endpoints(params string[] methods) =>
        Directory.EnumerateFiles(Path.Combine(GeneratedCodeTests.RepositoryRoot(), "src", "Host", "Internal", "Generated", "WolverineHandlers"), "*.cs")
            .Select(path => (Name: Path.GetFileNameWithoutExtension(path), Code: File.ReadAllText(path)))
            .Where(file => methods.Any(method => file.Name.StartsWith(method + "_", StringComparison.Ordinal)))
            .ToList();

    [Fact]
    public void Every_read_takes_a_query_session_and_no_read_opens_the_outbox()
    {
        var reads = Endpoints("GET");

        reads.Count.ShouldBeGreaterThan(100);
        reads.Where(read => read.Code.Contains("OutboxedSessionFactory", StringComparison.Ordinal)).Select(read => read.Name).ShouldBeEmpty();
        reads.Single(read => read.Name == "GET_api_grievances_id_slip").Code.ShouldContain("await using var querySession = _documentStore.QuerySession();");
        // ADR 0202: a case GET that reads only the case's snapshot opens no session at all.
        reads.Single(read => read.Name == "GET_api_grievances_id").Code.ShouldNotContain("QuerySession()");
        var snapshotReads = reads.Where(read => read.Code.Contains("CaseSnapshots", StringComparison.Ordinal)).ToList();
        snapshotReads.Count.ShouldBeGreaterThanOrEqualTo(19); // Incentives' agreement since (g): a session only for `asOf`
        snapshotReads.Where(read => read.Code.Contains("QuerySession()", StringComparison.Ordinal) && read.Name != "GET_api_grievances_id_slip")
            .Select(read => read.Name).ShouldBeEmpty();
        reads.Count(read => read.Code.Contains("_documentStore.QuerySession()", StringComparison.Ordinal)).ShouldBeGreaterThan(80);
    }

    [Fact]
    public void Every_endpoint_tags_its_span_only_when_a_trace_records_it()
    {
        var endpoints = Endpoints(HttpMethods);

        endpoints.Count.ShouldBeGreaterThan(250);
        endpoints.Where(endpoint => !endpoint.Code.Contains("is { Recorded: true } requestActivity) requestActivity.SetTag(\"handler.type\"", StringComparison.Ordinal)
                || endpoint.Code.Contains(")?.SetTag(", StringComparison.Ordinal))
            .Select(endpoint => endpoint.Name).ShouldBeEmpty();
    }
}
