using System.Text.RegularExpressions;
using Nanchuan.BuildingBlocks.Calendar;

namespace Nanchuan.Incentives.Domain;

/// <summary>One enterprise commitment as a request gives it (signing or amending).</summary>
/// <param name="Code">Its code within the agreement, e.g. "E1" (letters, digits, '-').</param>
/// <param name="Target">CNY for investment, output value and tax; people for jobs; leave out for construction start and completion.</param>
/// <param name="DueDate">The date by which it is due, after the signing date.</param>
public sealed record MilestoneBody(string? Code, MilestoneKind? Kind, string? Description, decimal? Target, DateOnly? DueDate);

/// <summary>One government commitment as a request gives it (signing or amending).</summary>
/// <param name="Policy">The policy it is owed under: required for an item under another policy, refused for one under the agreement.</param>
/// <param name="Condition">Its condition in words, e.g. "固定资产投资达到1亿元".</param>
/// <param name="ConditionMilestone">The code of the enterprise milestone whose fulfilment makes it due; leave out when it is due from signing.</param>
/// <param name="Amount">The committed amount in CNY.</param>
public sealed record IncentiveBody(
    string? Code, IncentiveKind? Kind, IncentiveBasis? Basis, string? Policy, string? Description, string? Condition, string? ConditionMilestone, decimal? Amount);

/// <summary>Reads and checks the ledger lines of a request: every problem a field error, never a default.</summary>
internal static partial class LedgerInput
{
    [GeneratedRegex("^[A-Za-z0-9-]{1,20}$")]
    private static partial Regex CodePattern();

    private static readonly MilestoneKind[] Quantities = [MilestoneKind.Investment, MilestoneKind.OutputValue, MilestoneKind.Tax, MilestoneKind.Jobs];

    /// <summary>The instant a milestone due on <paramref name="dueDate"/> falls due: calendar days from the signing day (Civil Code art. 203).</summary>
    public static DateTimeOffset DueAt(IWorkingDayCalendar calendar, DateOnly signedOn, DateOnly dueDate) =>
        calendar.AddCalendarDays(SigningInstant(signedOn), dueDate.DayNumber - signedOn.DayNumber);

    /// <summary>Noon of the signing day, Beijing time (no daylight saving): the clock of every milestone starts on that day.</summary>
    public static DateTimeOffset SigningInstant(DateOnly signedOn) => new(signedOn.ToDateTime(new TimeOnly(12, 0)), TimeSpan.FromHours(8));

    /// <param name="signedOn">The signing date; null when the request lacks it (its lines are still checked, nothing is built).</param>
    public static List<MilestoneTerms> Milestones(FieldErrors errors, IReadOnlyList<MilestoneBody> bodies, DateOnly? signedOn, IWorkingDayCalendar calendar)
    {
        var terms = new List<MilestoneTerms>();
        for (var n = 0; n < bodies.Count; n++)
        {
            var field = $"milestones[{n}]";
            var body = bodies[n];
            var code = Code(errors, $"{field}.code", body.Code);
            var kind = errors.Required($"{field}.kind", body.Kind, "履约事项类型", "the milestone's kind");
            var description = errors.Text($"{field}.description", body.Description, "履约内容", "the milestone's description");
            if (body.Kind is { } k && Quantities.Contains(k))
            {
                var target = errors.Required($"{field}.target", body.Target, "约定数额", "the committed quantity");
                errors.If(body.Target is not null && target <= 0, $"{field}.target", "约定数额应大于0 / the committed quantity must be positive.");
                errors.If(k == MilestoneKind.Jobs && decimal.Truncate(target) != target, $"{field}.target", "就业人数应为整数 / jobs are a whole number of people.");
            }
            else if (body.Kind is not null && body.Target is not null)
            {
                errors.Add($"{field}.target", "开工、竣工事项按日期履约，不填数额 / construction start and completion are dates: leave the target out.");
            }
            var dueDate = errors.Required($"{field}.dueDate", body.DueDate, "履约期限", "the due date");
            errors.If(body.DueDate is not null && dueDate <= signedOn, $"{field}.dueDate",
                $"履约期限应晚于签约日期{signedOn:yyyy-MM-dd} / the due date must be after the signing date {signedOn:yyyy-MM-dd}.");
            if (!errors.Any && signedOn is { } signed) terms.Add(new MilestoneTerms(code, kind, description, body.Target, dueDate, DueAt(calendar, signed, dueDate)));
        }
        return terms;
    }

    /// <param name="milestoneCodes">The agreement's milestones (after the request), which a condition may name.</param>
    public static List<IncentiveTerms> Incentives(FieldErrors errors, IReadOnlyList<IncentiveBody> bodies, IReadOnlyCollection<string> milestoneCodes)
    {
        var terms = new List<IncentiveTerms>();
        for (var n = 0; n < bodies.Count; n++)
        {
            var field = $"incentives[{n}]";
            var body = bodies[n];
            var code = Code(errors, $"{field}.code", body.Code);
            var kind = errors.Required($"{field}.kind", body.Kind, "兑现事项类型", "the item's kind");
            var basis = errors.Required($"{field}.basis", body.Basis, "兑现依据（协议或其他政策）", "the item's basis (agreement or otherPolicy)");
            if (body.Basis == IncentiveBasis.OtherPolicy) errors.Text($"{field}.policy", body.Policy, "所依据的政策", "the policy it is owed under");
            errors.If(body.Basis == IncentiveBasis.Agreement && body.Policy is not null, $"{field}.policy",
                "依协议兑现的事项不填政策名称 / an item under the agreement names no other policy.");
            var description = errors.Text($"{field}.description", body.Description, "兑现内容", "the item's description");
            var condition = errors.Text($"{field}.condition", body.Condition, "兑现条件", "the item's condition");
            errors.If(body.ConditionMilestone is not null && !milestoneCodes.Contains(body.ConditionMilestone), $"{field}.conditionMilestone",
                $"协议中没有履约事项{body.ConditionMilestone} / the agreement has no milestone {body.ConditionMilestone}.");
            var amount = errors.Money($"{field}.amount", body.Amount, "兑现金额", "the amount");
            if (!errors.Any)
                terms.Add(new IncentiveTerms(code, kind, basis, body.Policy?.Trim(), description, condition, body.ConditionMilestone, amount));
        }
        return terms;
    }

    /// <summary>Two lines of one agreement cannot share a code (milestones and government items together).</summary>
    public static void Unique(FieldErrors errors, string field, IEnumerable<string?> codes)
    {
        var repeated = codes.Where(c => !string.IsNullOrWhiteSpace(c)).GroupBy(c => c!.Trim()).Where(g => g.Count() > 1).Select(g => g.Key).ToList();
        errors.If(repeated.Count > 0, field, $"事项编号重复：{string.Join("、", repeated)} / repeated item codes: {string.Join(", ", repeated)}.");
    }

    private static string Code(FieldErrors errors, string field, string? code)
    {
        var text = errors.Text(field, code, "事项编号", "the item code");
        errors.If(text.Length > 0 && !CodePattern().IsMatch(text), field, "事项编号为1至20位字母、数字或“-” / an item code is 1-20 letters, digits or '-'.");
        return text;
    }
}
