using System.Net;

namespace Nanchuan.Grievances.Slip;

/// <summary>What one round's slip shows, gathered from the request and the round's events.</summary>
internal sealed record AssignmentSlipData(
    Grievance Grievance,
    HandlingRound Round,
    HandlingReported? Report,
    GrievanceEvaluated? Evaluation,
    TrackingContinued? Tracking,
    GrievanceClosed? Closure);

/// <summary>
/// 南川区“企呼我为闭环办”企业诉求交办单, the seed's form, as a printable HTML page with every field of the original.
/// All user text is HTML-encoded.
/// </summary>
internal static class AssignmentSlipHtml
{
    /// <summary>The BusinessOffice's number on the slip (区营商办联系电话).</summary>
    public const string BusinessOfficePhone = "71992345";

    private const string Issuer = "区营商办（区发展改革委代章）";
    private static readonly int[] FormLimits = [2, 5, 10];

    public static string Render(AssignmentSlipData slip)
    {
        var (g, round, report, evaluation, tracking, closure) = slip;
        return $$"""
            <!DOCTYPE html>
            <html lang="zh-CN">
            <head>
            <meta charset="utf-8">
            <title>企业诉求交办单 {{E(round.SlipNumber)}}</title>
            <style>
              body { font-family: "SimSun", "Songti SC", serif; margin: 2em; }
              h1 { text-align: center; font-size: 1.4em; }
              table { border-collapse: collapse; width: 100%; }
              th, td { border: 1px solid #000; padding: 0.5em; vertical-align: top; text-align: left; }
              th { width: 8em; font-weight: normal; }
              .meta { display: flex; justify-content: space-between; margin: 0.5em 0; }
              .sign { text-align: right; }
              .notes p { margin: 0.2em 0; }
              @media print { body { margin: 0; } }
            </style>
            </head>
            <body>
            <h1>南川区“企呼我为闭环办”企业诉求交办单</h1>
            <p>编号：<span id="slip-number">{{E(round.SlipNumber)}}</span></p>
            <div class="meta"><span>交办单位：{{Issuer}}</span><span>交办时间：{{ChineseDate(round.AssignedAt)}}</span></div>
            <table>
            <tr><th>企业名称</th><td>{{E(g.EnterpriseName)}}</td><th>联系人</th><td>{{E(g.ContactPerson)}}（{{E(g.Phone)}}）</td></tr>
            <tr><th>诉求内容</th><td colspan="3">{{E(g.Content)}}</td></tr>
            <tr><th>问题类型</th><td>{{ProblemTypes(round.ProblemType)}}</td><th>办结时限</th><td>{{Limits(round.TimeLimitWorkingDays)}}</td></tr>
            <tr><th>承办单位</th><td colspan="3">{{E(round.HandlingUnitName)}}</td></tr>
            <tr><th>办理情况<br>（承办单位填写）</th><td colspan="3">{{Handling(round, report)}}</td></tr>
            <tr><th rowspan="2">销号管理<br>（区营商办填写）</th><td>企业意见</td><td colspan="2">{{Box(evaluation?.Satisfied == true)}}满意　　{{Box(evaluation?.Satisfied == false)}}不满意{{Comment(evaluation)}}</td></tr>
            <tr><td colspan="3">{{Box(closure is not null)}}同意销号　　{{Box(tracking is not null)}}持续跟踪{{TrackingReason(tracking)}}{{ClosureNote(closure)}}<p class="sign">区营商办签章：　　　　{{ChineseDate(closure?.ClosedAt ?? tracking?.DecidedAt)}}</p></td></tr>
            </table>
            <div class="notes">
            <p>备注：1.请各承办单位主动联系企业，摸清详细诉求，限时办结，及时反馈。办理情况内容要实，应明确与企业联系情况、办理情况、具体事项办结时限等。</p>
            <p>2.区营商办将对交办单的承办量、办结率、及时率、满意率等进行月度通报。</p>
            <p>3.区营商办联系电话：{{BusinessOfficePhone}}。</p>
            </div>
            </body>
            </html>
            """;
    }

    private static string E(string? text) => WebUtility.HtmlEncode(text ?? "");

    private static string Box(bool ticked) => ticked ? "☑" : "□";

    private static string ChineseDate(DateTimeOffset? at) =>
        at is { } value ? $"{value.ToBeijing():yyyy年M月d日}" : "　　年　　月　　日";

    private static string ProblemTypes(ProblemType chosen) =>
        string.Join("<br>", Enum.GetValues<ProblemType>().Select(type => $"{Box(type == chosen)}{type.ToChinese()}"));

    /// <summary>The form's three limits; a shorter limit the BusinessOffice chose is added, ticked.</summary>
    private static string Limits(int chosen)
    {
        var lines = FormLimits.Select(days => $"{Box(days == chosen)}{days,2}个工作日").ToList();
        if (!FormLimits.Contains(chosen)) lines.Add($"{Box(true)}{chosen,2}个工作日");
        return string.Join("<br>", lines);
    }

    private static string Handling(HandlingRound round, HandlingReported? report)
    {
        if (report is null)
            return $"<p>（尚未反馈，办理期限：{E($"{round.DueAt.ToBeijing():yyyy-MM-dd HH:mm}")}）</p>"
                   + "<p>部门办理联系人及电话：　　　　　　　　办理单位签章：</p><p class=\"sign\">　　年　　月　　日</p>";
        var promised = report.PromisedCompletionDate is { } date ? $"<p>具体事项承诺办结时限：{date:yyyy年M月d日}</p>" : "";
        return $"<p>与企业联系情况：{E(report.EnterpriseContactMethod.ToChinese())}，{E($"{report.EnterpriseContactedAt.ToBeijing():yyyy-MM-dd HH:mm}")}</p>"
               + $"<p>办理情况：{E(report.ActionsTaken)}</p>{promised}"
               + $"<p>部门办理联系人及电话：{E(report.UnitContactPerson)}　{E(report.UnitContactPhone)}　　办理单位签章：</p>"
               + $"<p class=\"sign\">{ChineseDate(report.ReportedAt)}</p>";
    }

    private static string Comment(GrievanceEvaluated? evaluation) =>
        evaluation is { Comment.Length: > 0 } ? $"<p>{E(evaluation.Comment)}</p>" : "";

    private static string TrackingReason(TrackingContinued? tracking) => tracking is null ? "" : $"<p>{E(tracking.Reason)}</p>";

    private static string ClosureNote(GrievanceClosed? closure) => closure?.Note is { } note ? $"<p>{E(note)}</p>" : "";
}
