namespace Nanchuan.LandUse.Domain.Events;

/// <summary>How a consultation (咨询) came in: the 一码办 hotline 023-71422479 or the dedicated window in the service hall.</summary>
public enum ConsultationChannel
{
    Hotline,
    Window,
}

/// <summary>A consultation was logged, against the project's code when the enquirer has one.</summary>
public sealed record ConsultationLogged(
    Guid ConsultationId, ConsultationChannel Channel, string? ProjectCode, string Enquirer, string Question, string Answer, DateTimeOffset At) : IDescribedEvent
{
    public string Describe() => $"{(Channel == ConsultationChannel.Hotline ? "热线" : "窗口")}咨询{(ProjectCode is null ? "" : $"（项目 {ProjectCode}）")}：{Question}";
}
