namespace Nanchuan.LandUse.Consultations;

/// <summary>Log a consultation taken on the hotline (023-71422479) or at the dedicated window.</summary>
/// <param name="ProjectCode">The project's one code when the enquirer has one; it must exist.</param>
public sealed record LogConsultation(ConsultationChannel Channel, string? ProjectCode, string Enquirer, string Question, string Answer)
    : IOpenApiExample<LogConsultation>
{
    public static LogConsultation Example => new(ConsultationChannel.Hotline, null, "重庆南川示例科技有限公司 张经理",
        "划拨用地办理首次登记需要带哪些材料？", "零材料、零跑动：所需材料由国土空间信息平台和不动产登记系统共享获取。");
}

public sealed record ConsultationLoggedView(Guid Id, string Hotline, string? ProjectCode);

public static class LogConsultationEndpoint
{
    public const string Hotline = "023-71422479";

    [WolverinePost("/api/landuse/consultations")]
    [Authorize(Roles = ProjectAccess.Handlers)]
    [Tags("LandUse")]
    [EndpointSummary("登记咨询 / Log a hotline or window consultation")]
    [EndpointDescription("Hotline 023-71422479 and the dedicated planning and natural-resources window. Logged against the project code when one is given (it must exist); the project's look-up lists its consultations.")]
    [ProducesResponseType<ConsultationLoggedView>(StatusCodes.Status200OK)]
    [ProducesResponseType<HttpValidationProblemDetails>(StatusCodes.Status400BadRequest)]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status404NotFound)]
    public static async Task<ConsultationLoggedView> Post(LogConsultation command, IDocumentSession session, TimeProvider clock, CancellationToken cancellation)
    {
        ProjectAccess.EnsureDepartment(CurrentActor.Value);
        var errors = new Dictionary<string, string[]>();
        if (!Enum.IsDefined(command.Channel)) errors["channel"] = ["渠道应为热线或窗口 / channel must be hotline or window."];
        if (string.IsNullOrWhiteSpace(command.Enquirer) || command.Enquirer.Length > 200) errors["enquirer"] = ["请填写咨询人 / enquirer is required."];
        if (string.IsNullOrWhiteSpace(command.Question) || command.Question.Length > 2000) errors["question"] = ["请填写咨询内容（2000字以内） / question is required (at most 2000 characters)."];
        if (string.IsNullOrWhiteSpace(command.Answer) || command.Answer.Length > 4000) errors["answer"] = ["请填写答复内容 / answer is required."];
        var code = string.IsNullOrWhiteSpace(command.ProjectCode) ? null : command.ProjectCode.Trim();
        if (code is not null && !ProjectCode.IsValid(code)) errors["projectCode"] = ["项目代码格式或校验位错误 / the project code is malformed."];
        if (errors.Count > 0) throw new DomainValidationException(errors);
        if (code is not null) await ProjectLookup.StreamIdOf(session, code, cancellation);

        CurrentActor.ActsThrough(command.Channel == ConsultationChannel.Hotline ? Channels.Phone : Channels.Window);
        var id = Guid.NewGuid();
        session.Events.StartStream<Consultation>(id,
            new ConsultationLogged(id, command.Channel, code, command.Enquirer.Trim(), command.Question.Trim(), command.Answer.Trim(), clock.GetUtcNow()));
        return new ConsultationLoggedView(id, Hotline, code);
    }
}
