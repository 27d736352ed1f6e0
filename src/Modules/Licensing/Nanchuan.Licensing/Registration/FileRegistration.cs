using Nanchuan.BuildingBlocks.Platform.Actors;
using Nanchuan.BuildingBlocks.Oversight;

namespace Nanchuan.Licensing.Registration;

/// <summary>
/// A company registration (设立登记) filed at a service point. <c>Assisted</c> (帮办代办): the signed-in clerk files for the
/// applicant and is recorded as its helper; leave it out or false otherwise.
/// </summary>
public sealed record FileRegistration(string ServicePoint, string CompanyName, string LegalRepresentative, string Address, string Industry, bool? Assisted)
    : IOpenApiExample<FileRegistration>
{
    public static FileRegistration Example => new("东城", "重庆南川金佛山茶业有限公司", "李明", "重庆市南川区东城街道金佛大道1号", "茶叶种植与加工", true);
}

/// <summary>A consultation or guidance session (咨询辅导) at a service point before filing.</summary>
public sealed record GiveConsultation(string ServicePoint, string Topic) : IOpenApiExample<GiveConsultation>
{
    public static GiveConsultation Example => new("南城", "个体工商户转企业的名称与经营范围");
}

public sealed record CaseCreated(Guid Id);

public static class FileRegistrationEndpoint
{
    [WolverinePost("/api/licensing/registrations")]
    [Authorize(Roles = Roles.WindowClerk)]
    [Tags("Licensing")]
    [EndpointSummary("近快办设立登记申请 / File a company registration at a service point")]
    [EndpointDescription("At one of the 20 近快办 service points, by a clerk of that point (another point's clerk: 403), by the applicant or with assisted filing (帮办代办: `assisted`, the signed-in clerk is recorded as the helper). Nothing is written when a field is invalid.")]
    [ProducesResponseType<CaseCreated>(StatusCodes.Status200OK)]
    [ProducesResponseType<HttpValidationProblemDetails>(StatusCodes.Status400BadRequest)]
    public static (CaseCreated, CaseOpened) Post(FileRegistration command, IDocumentSession session, TimeProvider clock)
    {
        if (ServicePoints.Exists(command.ServicePoint)) ServicePoints.EnsureClerkAt(CurrentActor.Value, command.ServicePoint);
        var id = Guid.CreateVersion7();
        var filed = RegistrationDecisions.File(id, command, command.Assisted == true ? CurrentActor.Value : null, clock.GetUtcNow());
        session.Events.StartStream<CompanyRegistration>(id, filed);
        return (new CaseCreated(id), RegistrationOversight.Opened(filed));
    }

    [WolverinePost("/api/licensing/consultations")]
    [Authorize(Roles = Roles.WindowClerk)]
    [Tags("Licensing")]
    [EndpointSummary("记录开办企业咨询辅导 / Record a consultation at a service point")]
    [EndpointDescription("Consultation and guidance before filing, counted per service point; recorded by a clerk of that point.")]
    [ProducesResponseType<CaseCreated>(StatusCodes.Status200OK)]
    [ProducesResponseType<HttpValidationProblemDetails>(StatusCodes.Status400BadRequest)]
    public static CaseCreated Consult(GiveConsultation command, IDocumentSession session, TimeProvider clock)
    {
        var errors = new Dictionary<string, string[]>();
        if (!ServicePoints.Exists(command.ServicePoint)) errors["servicePoint"] = ["不是近快办服务点 / not one of the 20 近快办 service points."];
        if (string.IsNullOrWhiteSpace(command.Topic)) errors["topic"] = ["请填写咨询事项 / the topic is required."];
        if (errors.Count > 0) throw new BuildingBlocks.Errors.DomainValidationException(errors);
        ServicePoints.EnsureClerkAt(CurrentActor.Value, command.ServicePoint);
        var id = Guid.CreateVersion7();
        session.Events.StartStream(id, new ConsultationGiven(id, command.ServicePoint.Trim(), command.Topic.Trim(), clock.GetUtcNow()));
        return new CaseCreated(id);
    }
}
