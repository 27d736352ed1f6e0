using Nanchuan.BuildingBlocks.Enterprises;
using Nanchuan.Grievances.Contracts;

namespace Nanchuan.Grievances.Domain;

/// <summary>Intake validation (收集): pure, so the same input and clock always give the same answer.</summary>
public static class GrievanceIntake
{
    /// <summary>
    /// Checks a request against the channel rules and returns it cleaned up, or throws a
    /// <see cref="Nanchuan.BuildingBlocks.Errors.DomainValidationException"/> listing every problem.
    /// </summary>
    public static ValidIntake Validate(ReceiveGrievance command, DateTimeOffset now, IntakePolicy policy)
    {
        var errors = new ValidationErrors();
        // The rules another module applies before it forwards a request, so both refuse the same input.
        errors.AddAll(EnterpriseRequestRules.Check(command.EnterpriseName, command.ContactPerson, command.Phone, command.Content));
        var creditCode = CheckCreditCode(command, errors);
        CheckChannelFields(command, errors);
        var receivedAt = ReceivedAt(command, now, policy, errors);
        errors.ThrowIfAny();

        return new ValidIntake
        {
            Channel = command.Channel,
            BoxLocation = command.BoxLocation,
            CollectionDate = command.CollectionDate,
            Source = command.Source,
            EnterpriseName = command.EnterpriseName!.Trim(),
            CreditCode = creditCode,
            ContactPerson = command.ContactPerson!.Trim(),
            Phone = command.Phone!.Trim(),
            Content = command.Content!.Trim(),
            ReceivedAt = receivedAt,
        };
    }

    /// <summary>Required on every channel but the boxes (an anonymous note may lack it); when given, it must be valid.</summary>
    private static UnifiedSocialCreditCode? CheckCreditCode(ReceiveGrievance command, ValidationErrors errors)
    {
        if (string.IsNullOrWhiteSpace(command.CreditCode))
        {
            errors.If(command.Channel != IntakeChannel.Box, "creditCode",
                "统一社会信用代码不能为空（仅意见箱来件可空缺） / the unified social credit code is required (only box notes may lack it).");
            return null;
        }
        if (UnifiedSocialCreditCode.TryParse(command.CreditCode, out var code, out var error)) return code;
        errors.Add("creditCode", error!);
        return null;
    }

    private static void CheckChannelFields(ReceiveGrievance command, ValidationErrors errors)
    {
        var isBox = command.Channel == IntakeChannel.Box;
        errors.If(isBox && command.BoxLocation is null, "boxLocation", "请选择意见箱 / the feedback box is required for a box note.");
        errors.If(isBox && command.CollectionDate is null, "collectionDate", "请填写开箱日期 / the collection date is required for a box note.");
        errors.If(!isBox && (command.BoxLocation is not null || command.CollectionDate is not null), "boxLocation",
            "只有意见箱来件才有意见箱和开箱日期 / only box notes have a feedback box and a collection date.");
        // Another module forwards what reached it (the desk, a power problem report); box notes are only entered here.
        errors.If(command.Channel == IntakeChannel.EnterpriseHomeDesk && command.Source is null, "source",
            "企业之家诉求由政务大厅企业之家转来，须注明来源 / desk requests are forwarded by the enterprise home desk and need their source.");
        errors.If(isBox && command.Source is not null, "source", "意见箱来件不是其他模块转来的 / box notes are not forwarded by another module.");
        errors.If(command.Source is { } forwarded && string.IsNullOrWhiteSpace(forwarded.Module), "source.module", "请注明转来的模块 / the forwarding module is required.");
        errors.If(command.Source is { } source && source.Reference == Guid.Empty, "source.reference",
            "请注明来源诉求编号 / the forwarding module's request id is required.");
    }

    /// <summary>When the request counts as received; adds an error (and returns <paramref name="now"/>) when that time is unacceptable.</summary>
    private static DateTimeOffset ReceivedAt(ReceiveGrievance command, DateTimeOffset now, IntakePolicy policy, ValidationErrors errors)
    {
        if (command.Channel == IntakeChannel.Box)
        {
            errors.If(command.ReceivedAt is not null, "receivedAt",
                "意见箱来件以开箱日期为收到时间 / a box note counts as received on its collection date; do not give a time.");
            if (command.CollectionDate is not { } collected) return now;
            errors.If(collected > policy.LocalDate(now), "collectionDate", "开箱日期不能晚于今天 / the collection date cannot be in the future.");
            errors.If(collected < policy.LocalDate(now).AddDays(-policy.LatestBoxEntry), "collectionDate",
                $"开箱日期不能早于{policy.LatestBoxEntry}天前 / the collection date cannot be more than {policy.LatestBoxEntry} days ago.");
            return policy.BoxNoteReceivedAt(collected);
        }

        var requiresTime = command.Channel is IntakeChannel.Phone || command.Source is not null;
        if (command.ReceivedAt is not { } receivedAt)
        {
            errors.If(requiresTime, "receivedAt", "请填写收到时间 / the time the request was received is required.");
            return now;
        }
        errors.If(receivedAt > now + policy.ClockSkewTolerance, "receivedAt", "收到时间不能晚于当前时间 / the received time cannot be in the future.");
        // Staff stamp what they took by phone or transcribe; a forwarding module answers for the times of its own channels.
        errors.If(command.Source is null && receivedAt < now - policy.LatestEntry, "receivedAt",
            $"诉求须在收到后{policy.LatestEntry.TotalDays:0}天内录入 / a request is entered within {policy.LatestEntry.TotalDays:0} days of being received.");
        // The hotline hours are those of the calls entered here; a forwarding module answers for the times of its own channels.
        errors.If(command.Channel == IntakeChannel.Phone && command.Source is null && !policy.IsWithinHotlineHours(receivedAt), "receivedAt",
            $"热线接听时间为{policy.HotlineOpens:HH\\:mm}至{policy.HotlineCloses:HH\\:mm}，该来电时间不在其内 / "
            + $"the hotline answers from {policy.HotlineOpens:HH\\:mm} to {policy.HotlineCloses:HH\\:mm}; a call stamped at this time is a data error.");
        return receivedAt;
    }
}
