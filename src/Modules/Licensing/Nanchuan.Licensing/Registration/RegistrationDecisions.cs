using Nanchuan.Licensing.Applications;
using Nanchuan.BuildingBlocks.Calendar;
using Nanchuan.BuildingBlocks.Deadlines;

namespace Nanchuan.Licensing.Registration;

/// <summary>Pure decisions of the registration flow: state and command in, events out (or a domain error).</summary>
internal static class RegistrationDecisions
{
    /// <summary>发照: within 0.5 working day (4 h 45 min of business hours) of acceptance.</summary>
    public static readonly TimeLimit Limit = TimeLimit.HalfDays(1);

    /// <summary>Filed by the applicant, or for it by the signed-in <paramref name="helper"/> (帮办代办).</summary>
    public static RegistrationFiled File(Guid id, FileRegistration command, Actor? helper, DateTimeOffset now)
    {
        var errors = new Dictionary<string, string[]>();
        if (!ServicePoints.Exists(command.ServicePoint))
            errors["servicePoint"] = ["不是近快办服务点 / not one of the 20 近快办 service points."];
        Require(errors, "companyName", command.CompanyName, "企业名称", "company name");
        Require(errors, "legalRepresentative", command.LegalRepresentative, "法定代表人", "legal representative");
        Require(errors, "address", command.Address, "住所", "address");
        Require(errors, "industry", command.Industry, "行业", "industry");
        if (errors.Count > 0) throw new DomainValidationException(errors);
        return new RegistrationFiled(id, command.ServicePoint.Trim(), command.CompanyName.Trim(), command.LegalRepresentative.Trim(),
            command.Address.Trim(), command.Industry.Trim(), null, now, helper is null ? null : Assistance.By(helper, command.CompanyName, null));
    }

    public static RegistrationAccepted Accept(CompanyRegistration state, DateTimeOffset now, IWorkingDayCalendar calendar, WarningLeads warnings)
    {
        if (state.Status != RegistrationStatus.Filed)
            throw new InvalidStateTransitionException(CompanyRegistration.StatusLabel(state.Status), "受理");
        var (due, warn) = Deadline(now, calendar, warnings);
        return new RegistrationAccepted(state.Id, now, due, warn);
    }

    /// <summary>Issue with the sequence the ledger allocated; the time taken is in working days of business hours.</summary>
    public static LicenceIssued Issue(CompanyRegistration state, long sequence, DateTimeOffset now, IWorkingDayCalendar calendar)
    {
        if (state.Status != RegistrationStatus.Accepted)
            throw new InvalidStateTransitionException(CompanyRegistration.StatusLabel(state.Status), "发照");
        return new LicenceIssued(state.Id, OrganisationCode.CreditCodeForSequence(sequence), sequence, now,
            calendar.WorkingDaysBetween(state.AcceptedAt!.Value, now), DeadlineRules.IsOnTime(now, state.DueAt!.Value));
    }

    /// <summary>0.5 working day from acceptance; the warning by the platform's rule for half days (default: 1 business hour before).</summary>
    public static (DateTimeOffset Due, DateTimeOffset? Warn) Deadline(DateTimeOffset acceptedAt, IWorkingDayCalendar calendar, WarningLeads warnings)
    {
        var due = Limit.DueFrom(calendar, acceptedAt);
        return (due, warnings.WarningAt(calendar, Limit.Kind, acceptedAt, due));
    }

    private static void Require(Dictionary<string, string[]> errors, string field, string? value, string chinese, string english)
    {
        if (string.IsNullOrWhiteSpace(value)) errors[field] = [$"请填写{chinese} / the {english} is required."];
        else if (value.Trim().Length > 200) errors[field] = [$"{chinese}不超过200字 / the {english} has at most 200 characters."];
    }
}
