using Microsoft.Extensions.Options;
using Nanchuan.BuildingBlocks.Calendar;
using Nanchuan.Licensing.Applications;
using Nanchuan.Licensing.Registration;

namespace Nanchuan.Licensing.HallTargets;

/// <summary>
/// Measures a case against its headline target in the transaction that finishes it (ADR 0116): the measurement is a stream of its
/// own (the case's version does not move), written with the calendar in force then, so the report tables rebuild from events alone.
/// </summary>
public sealed class HallTargetMeasurements(IOptions<HallTargetOptions> options, IWorkingDayCalendar calendar)
{
    /// <summary>An application (not a package) that these events finished, for an item of a target: measured from acceptance.</summary>
    internal void OfApplication(IDocumentSession session, ServiceApplication state, IEnumerable<object> events)
    {
        if (state.Parts.Count > 0 || state.AcceptedAt is not { } accepted || state.FinishedAt is not { } finished) return;
        if (!events.Any(e => e is ResultIssued || e is ApplicationDecided { Approved: false })) return;
        if (options.Value.TargetOf(state.ItemCode) is not { } target) return;
        Record(session, HallTargetRules.Measure(target, "application", state.Id, $"{state.ItemName}（{state.EnterpriseName}）", state.Department, accepted, finished, calendar));
    }

    /// <summary>企业开办全流程: a registration from filing to the licence.</summary>
    internal void OfRegistration(IDocumentSession session, CompanyRegistration state, LicenceIssued issued) =>
        Record(session, HallTargetRules.Measure(HallTarget.CompanyStartUp, "registration", state.Id, state.CompanyName, state.ServicePoint, state.FiledAt, issued.IssuedAt, calendar));

    private static void Record(IDocumentSession session, HeadlineTargetMeasured measured) => session.Events.StartStream(measured.MeasurementId, measured);
}
