using Nanchuan.BuildingBlocks.Calendar;
using Nanchuan.BuildingBlocks.Errors;
using Nanchuan.BuildingBlocks.Platform.Actors;
using Nanchuan.BuildingBlocks.Platform.Deadlines;
using Nanchuan.Grievances.Deadlines;
using Wolverine;

namespace Nanchuan.Grievances.Intake;

/// <summary>One note taken out of a feedback box; the credit code may be missing (an anonymous note).</summary>
public sealed record BoxNote(string? EnterpriseName, string? CreditCode, string? ContactPerson, string? Phone, string? Content);

/// <summary>线下反馈: the notes found when a feedback box (营商环境意见反馈箱) was emptied; each counts as received on the collection date.</summary>
public sealed record EnterBoxBatch(FeedbackBoxLocation BoxLocation, DateOnly CollectionDate, IReadOnlyList<BoxNote>? Notes)
    : IOpenApiExample<EnterBoxBatch>
{
    public static EnterBoxBatch Example => new(
        FeedbackBoxLocation.IndustrialPark,
        new DateOnly(2024, 5, 8),
        [
            new BoxNote("重庆南川某某建材有限公司", "91500119MA5U8XRB98", "李女士", "023-71234567", "园区夜间路灯不亮，员工下班出行不便。"),
            new BoxNote("南川区某餐饮店", null, "刘先生", "13912345678", "希望简化食品经营许可延续手续。"),
        ]);
}

/// <summary>Every note of the batch became a request, in the order given.</summary>
public sealed record BoxBatchEntered(FeedbackBoxLocation BoxLocation, DateOnly CollectionDate, IReadOnlyList<Guid> GrievanceIds)
    : IOpenApiExample<BoxBatchEntered>
{
    public static BoxBatchEntered Example => new(FeedbackBoxLocation.IndustrialPark, new DateOnly(2024, 5, 8),
        [Guid.Parse("0193a5b2-7c1d-7e4f-9a2b-3c4d5e6f7a8b"), Guid.Parse("0193a5b2-7c1d-7e4f-9a2b-3c4d5e6f7a8c")]);
}

public static class EnterBoxBatchEndpoint
{
    [WolverinePost($"{GrievancesModule.Route}/box-batches")]
    [Authorize(Roles = Roles.BusinessOffice)]
    [Tags(GrievancesModule.Tag)]
    [EndpointSummary("录入意见箱来件 / Enter a feedback-box batch")]
    [EndpointDescription("The BusinessOffice enters the notes of one box emptied on one day. All or nothing: one invalid note refuses the batch with field errors named `notes[i].field`, and nothing is written.")]
    [ProducesResponseType<BoxBatchEntered>(StatusCodes.Status200OK)]
    public static async Task<(BoxBatchEntered, OutgoingMessages)> Post(
        EnterBoxBatch batch, IDocumentSession session, IWorkingDayCalendar calendar, TimeProvider time, IntakePolicy policy,
        DeadlineWatch watch, CancellationToken cancellation)
    {
        if (batch.Notes is not { Count: > 0 } notes)
            throw new DomainValidationException("notes", "请至少录入一条意见 / enter at least one note.");

        var registered = await IntakeRecorder.RegisteredAsync(notes.Select(note => note.CreditCode), session, cancellation);
        var checkedNotes = new List<CheckedIntake>();
        var errors = new Dictionary<string, string[]>();
        for (var i = 0; i < notes.Count; i++)
        {
            var note = notes[i];
            var command = new ReceiveGrievance(IntakeChannel.Box, note.EnterpriseName, note.CreditCode, note.ContactPerson, note.Phone, note.Content,
                BoxLocation: batch.BoxLocation, CollectionDate: batch.CollectionDate);
            try
            {
                checkedNotes.Add(IntakeRecorder.Check(command, registered, time, policy));
            }
            catch (DomainValidationException invalid)
            {
                foreach (var (field, messages) in invalid.Errors) errors[$"notes[{i}].{field}"] = messages;
            }
        }
        if (errors.Count > 0) throw new DomainValidationException(errors);

        CurrentActor.ActsThrough(Channels.Box);
        var outgoing = new OutgoingMessages();
        var ids = checkedNotes.Select(note => IntakeRecorder.Record(note, session, calendar, time, watch, outgoing).GrievanceId).ToList();
        return (new BoxBatchEntered(batch.BoxLocation, batch.CollectionDate, ids), outgoing);
    }
}
