using Marten;
using Nanchuan.BuildingBlocks.Deadlines;
using Nanchuan.BuildingBlocks.Errors;
using Nanchuan.BuildingBlocks.Oversight;
using Nanchuan.BuildingBlocks.Platform.Actors;
using Nanchuan.BuildingBlocks.Platform.Writes;
using Wolverine;

namespace Nanchuan.BuildingBlocks.Platform.Deadlines;

/// <summary>
/// 督办 asked through the oversight contract (ADR 0107): the case type's deadlines take the step when their module opted in;
/// a case type without watched deadlines has nothing 督办 could escalate under platform rule 4, and says so (409).
/// </summary>
public static class SuperviseCaseHandler
{
    public static Task<(CaseStepRecorded, OutgoingMessages)> Handle(
        SuperviseCase command, IDocumentSession session, CaseDeadlinesRegistry registry, TimeProvider time, CancellationToken cancellation) =>
        registry.Find(command.CaseType) is ISupervisedCaseDeadlines supervised
            ? supervised.SuperviseAsync(session, command.CaseId, command.Demand, CurrentActor.Value.Name, time.GetUtcNow(), cancellation)
            : throw NotProvided(command.Module, command.CaseType);

    /// <summary>The 409 of a case type whose module's spec sets no deadline on it: 督办 escalates an overdue deadline, and it has none.</summary>
    public static InvalidStateTransitionException NotProvided(string module, string caseType) => new("无办理时限", SupervisionRules.Action,
        $"{module}模块的“{caseType}”类案件在其规格中没有办理时限，无超期可言，依平台规则4（督办针对超期事项）不适用督办 / {module} sets no deadline on " +
        $"{caseType} cases under its spec, so none can be overdue: a supervision notice escalates an overdue item (platform rule 4) and has no place here.");
}
