namespace Nanchuan.LandUse.Domain.Projects;

/// <summary>A logged consultation (咨询), kept as a document for look-up by project code.</summary>
public sealed class Consultation
{
    public Guid Id { get; set; }
    public ConsultationChannel Channel { get; set; }
    public string? ProjectCode { get; set; }
    public string Enquirer { get; set; } = "";
    public string Question { get; set; } = "";
    public string Answer { get; set; } = "";
    public DateTimeOffset At { get; set; }

    public void Apply(ConsultationLogged e)
    {
        Id = e.ConsultationId;
        Channel = e.Channel;
        ProjectCode = e.ProjectCode;
        Enquirer = e.Enquirer;
        Question = e.Question;
        Answer = e.Answer;
        At = e.At;
    }
}
