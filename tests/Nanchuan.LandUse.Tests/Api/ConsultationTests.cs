using Alba;
using Nanchuan.LandUse.Consultations;
using Nanchuan.LandUse.Domain.Events;
using Nanchuan.LandUse.Domain.Projects;
using Nanchuan.Testing;

namespace Nanchuan.LandUse.Tests.Api;

[Collection(LandUseCollection.Name)]
public sealed class ConsultationTests(LandUseHost platform)
{
    [Fact]
    public async Task Hotline_and_window_consultations_are_logged_against_the_project_code()
    {
        var code = (await platform.Start()).Code;
        var hotline = await Log(LogConsultation.Example with { ProjectCode = code });
        hotline.Hotline.ShouldBe("023-71422479");
        await Log(LogConsultation.Example with { Channel = ConsultationChannel.Window, ProjectCode = code, Question = "出让合同什么时候签？" });
        await Log(LogConsultation.Example);

        var view = await platform.Get(code, TestActors.Enterprise);
        view.Consultations.Select(c => c.Channel).ShouldBe([ConsultationChannel.Hotline, ConsultationChannel.Window]);
        view.Consultations.ShouldAllBe(c => c.ProjectCode == code);
    }

    [Fact]
    public async Task A_consultation_against_an_unknown_code_is_refused()
    {
        var unknown = ProjectCode.Issue(new DateOnly(2023, 1, 1), "15", "01", new Random(3));
        await platform.Host.Scenario(s =>
        {
            s.Post.Json(LogConsultation.Example with { ProjectCode = unknown }).ToUrl("/api/landuse/consultations");
            s.As(platform, TestActors.WindowClerk);
            s.StatusCodeShouldBe(404);
        });
        await platform.Host.Scenario(s =>
        {
            s.Post.Json(LogConsultation.Example with { ProjectCode = "12345", Question = "" }).ToUrl("/api/landuse/consultations");
            s.As(platform, TestActors.WindowClerk);
            s.StatusCodeShouldBe(400);
            s.ContentShouldContain("\"projectCode\"");
            s.ContentShouldContain("\"question\"");
        });
    }

    private async Task<ConsultationLoggedView> Log(LogConsultation command)
    {
        var result = await platform.Host.Scenario(s =>
        {
            s.Post.Json(command).ToUrl("/api/landuse/consultations");
            s.As(platform, TestActors.WindowClerk);
        });
        return await result.ReadAsJsonAsync<ConsultationLoggedView>();
    }
}
