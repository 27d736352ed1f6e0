using Nanchuan.BuildingBlocks.Calendar;
using Nanchuan.BuildingBlocks.Enterprises;
using Nanchuan.BuildingBlocks.Platform.Deadlines;
using Nanchuan.Grievances.Deadlines;
using Nanchuan.Grievances.Enterprises;
using Wolverine;

namespace Nanchuan.Grievances.Intake;

/// <summary>A request that passed validation, with the registered company its credit code belongs to (if any).</summary>
public sealed record CheckedIntake(ValidIntake Intake, KnownEnterprise? Registered);

/// <summary>
/// The part of intake every channel shares: look the credit code up among registered companies, validate, compute the
/// assignment deadline, start the stream, schedule its timers and open the case on the oversight contract with its deadline —
/// all in the caller's transaction.
/// </summary>
public static class IntakeRecorder
{
    /// <summary>Validates without writing; throws the domain's field errors.</summary>
    public static async Task<CheckedIntake> CheckAsync(
        ReceiveGrievance command, IQuerySession session, TimeProvider time, IntakePolicy policy, CancellationToken cancellation)
    {
        var registered = await RegisteredAsync([command.CreditCode], session, cancellation);
        return Check(command, registered, time, policy);
    }

    /// <summary>The registered companies among these credit codes, looked up in one query (unparseable codes are skipped).</summary>
    public static async Task<IReadOnlyDictionary<string, KnownEnterprise>> RegisteredAsync(
        IEnumerable<string?> creditCodes, IQuerySession session, CancellationToken cancellation)
    {
        var codes = creditCodes
            .Select(text => UnifiedSocialCreditCode.TryParse(text, out var code, out _) ? code.Value : null)
            .OfType<string>().Distinct().ToArray();
        if (codes.Length == 0) return new Dictionary<string, KnownEnterprise>();
        var known = await session.LoadManyAsync<KnownEnterprise>(cancellation, codes);
        return known.ToDictionary(enterprise => enterprise.Id);
    }

    /// <summary>Validates against the registered companies already looked up; throws the domain's field errors.</summary>
    public static CheckedIntake Check(
        ReceiveGrievance command, IReadOnlyDictionary<string, KnownEnterprise> registeredCompanies, TimeProvider time, IntakePolicy policy)
    {
        var registered = UnifiedSocialCreditCode.TryParse(command.CreditCode, out var code, out _)
            ? registeredCompanies.GetValueOrDefault(code.Value)
            : null;
        // A registered company's name is known: a request that left it out gets the registered one.
        if (registered is not null && string.IsNullOrWhiteSpace(command.EnterpriseName)) command = command with { EnterpriseName = registered.Name };
        return new CheckedIntake(GrievanceIntake.Validate(command, time.GetUtcNow(), policy), registered);
    }

    public static GrievanceReceived Record(
        CheckedIntake checkedIntake, IDocumentSession session, IWorkingDayCalendar calendar, TimeProvider time, DeadlineWatch watch,
        OutgoingMessages outgoing)
    {
        var (intake, registered) = checkedIntake;
        var id = Guid.CreateVersion7();
        var dueAt = calendar.AddWorkingDays(intake.ReceivedAt, TimeLimits.AssignmentWorkingDays);
        var received = GrievanceDecisions.Receive(id, intake, dueAt, time.GetUtcNow());
        if (registered is not null && intake.CreditCode is { } code)
            session.Events.StartStream<Grievance>(id, received, new RegisteredEnterpriseRecognised(id, code, registered.Name));
        else
            session.Events.StartStream<Grievance>(id, received);
        GrievanceDeadlines.WatchAssignment(watch, outgoing, received);
        return received;
    }
}
