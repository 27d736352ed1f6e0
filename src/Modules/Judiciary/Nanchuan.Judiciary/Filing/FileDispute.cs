using Nanchuan.Judiciary.Enterprises;

namespace Nanchuan.Judiciary.Filing;

/// <summary>A party to the dispute other than the enterprise.</summary>
/// <param name="Phone">Optional; a natural person's is personal data.</param>
public sealed record PartyBody(PartyKind? Kind, string? Name, string? Phone);

/// <summary>
/// The court files a dispute involving an enterprise (涉企纠纷立案) and records the enterprise's trips to file it.
/// </summary>
/// <param name="EnterpriseName">Required unless the enterprise is registered on the platform (then its registered name is used).</param>
/// <param name="Stage">preLitigation, litigation or enforcement.</param>
/// <param name="Visits">The enterprise's trips to the court to file (0 when entirely online); the target is at most one.</param>
public sealed record FileDisputeRequest(
    string? CreditCode, string? EnterpriseName, string? Subject, DisputeStage? Stage, int? Visits, IReadOnlyList<PartyBody>? Parties)
    : IOpenApiExample<FileDisputeRequest>
{
    public static FileDisputeRequest Example => new("91500119MA5U8XRB98", "重庆南川示例科技有限公司", "买卖合同纠纷：货款48万元逾期未付", DisputeStage.PreLitigation, 1,
        [new(PartyKind.Organisation, "重庆某建材贸易有限公司", null), new(PartyKind.NaturalPerson, "李明", "13812345678")]);
}

public sealed record DisputeFiledResponse(Guid Id, bool WithinOneVisit) : CreationResponse($"{JudiciaryModule.Route}/cases/{Id}");

public static class FileDisputeEndpoint
{
    /// <summary>More trips than this is a typing error, not a filing.</summary>
    private const int MaxVisits = 50;

    [WolverinePost($"{JudiciaryModule.Route}/cases")]
    [Authorize(Roles = Roles.DepartmentHandler)]
    [Tags(JudiciaryModule.Tag)]
    [EndpointSummary("涉企纠纷登记 / File a dispute involving an enterprise")]
    [EndpointDescription("The district court files the dispute with the enterprise's trips to file it (最多跑一次: the report shows the share filed with at most one). The enterprise's name is the registered one when it is registered on the platform, else required. Natural persons' names and phones are shown only to those handling the case.")]
    [ProducesResponseType<DisputeFiledResponse>(StatusCodes.Status201Created)]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status403Forbidden)]
    public static async Task<(DisputeFiledResponse, OutgoingMessages)> Post(
        FileDisputeRequest request, IDocumentSession session, TimeProvider time, CancellationToken cancellation)
    {
        JudiciaryAccess.EnsureCourt(CurrentActor.Value, "登记涉企纠纷");
        var errors = new FieldErrors();
        var creditCode = errors.CreditCode("creditCode", request.CreditCode);
        var registered = creditCode.Length == 0 ? null : await session.LoadAsync<KnownEnterprise>(creditCode, cancellation);
        if (registered is null) errors.RequireText("enterpriseName", request.EnterpriseName, "企业名称（未在平台登记的企业）", "the enterprise's name (it is not registered on the platform)");
        errors.RequireText("subject", request.Subject, "案由", "the subject of the dispute");
        errors.If(request.Stage is not { } stage || !Enum.IsDefined(stage), "stage",
            "请填写阶段：preLitigation（诉前）、litigation（诉讼）或 enforcement（执行） / the stage is required: preLitigation, litigation or enforcement.");
        errors.If(request.Visits is not (>= 0 and <= MaxVisits), "visits", $"请填写企业到院次数（0至{MaxVisits}） / the enterprise's trips to the court are required (0 to {MaxVisits}).");
        var parties = Parties(errors, request.Parties);
        errors.ThrowIfAny();

        var now = time.GetUtcNow();
        var filed = new DisputeCaseFiled(Guid.CreateVersion7(), creditCode, registered?.Name ?? request.EnterpriseName!.Trim(), request.Subject!.Trim(), parties,
            request.Visits!.Value, request.Stage!.Value, now, Months.Of(now));
        session.Events.StartStream<DisputeCase>(filed.CaseId, filed);
        return (new DisputeFiledResponse(filed.CaseId, filed.Visits <= 1), [JudiciaryCases.Opened(DisputeCase.Create(filed))]);
    }

    private static List<Party> Parties(FieldErrors errors, IReadOnlyList<PartyBody>? bodies)
    {
        if (bodies is null || bodies.Count == 0)
        {
            errors.Add("parties", "请填写对方当事人 / at least one other party is required.");
            return [];
        }
        var parties = new List<Party>();
        for (var i = 0; i < bodies.Count; i++)
        {
            var body = bodies[i];
            errors.If(body.Kind is not { } kind || !Enum.IsDefined(kind), $"parties[{i}].kind",
                "请填写当事人类型：organisation（单位）或 naturalPerson（自然人） / the party's kind is required: organisation or naturalPerson.");
            errors.RequireText($"parties[{i}].name", body.Name, "当事人名称", "the party's name");
            var phone = body.Phone?.Trim();
            errors.If(phone is { Length: > 0 } && !phone.All(c => char.IsAsciiDigit(c) || c == '-') , $"parties[{i}].phone",
                "电话号码只能包含数字和“-” / a phone number has only digits and '-'.");
            if (body.Kind is { } k && !string.IsNullOrWhiteSpace(body.Name))
                parties.Add(new Party(k, body.Name.Trim(), string.IsNullOrEmpty(phone) ? null : phone));
        }
        return parties;
    }
}
