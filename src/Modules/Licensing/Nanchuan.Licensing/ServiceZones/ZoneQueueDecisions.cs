namespace Nanchuan.Licensing.ServiceZones;

/// <summary>Pure decisions of a zone's queue: taking a ticket, calling the next one (green channel first), closing a called one.</summary>
public static class ZoneQueueDecisions
{
    public static Guid QueueIdFor(string zoneCode, DateOnly day) => DerivedIds.FromName($"nanchuan:licensing:zone-queue:{zoneCode}:{day:yyyy-MM-dd}");

    public static ServiceZone Zone(IReadOnlyList<ServiceZone> zones, string code) =>
        zones.FirstOrDefault(z => string.Equals(z.Code, code?.Trim(), StringComparison.OrdinalIgnoreCase))
        ?? throw new NotFoundException($"无此服务专区{code} / no service zone {code}.");

    /// <summary>Checks a ticket request before anything is written: a zone that queues, a purpose, and a green channel only for an eligible reason with a note.</summary>
    public static void Validate(ServiceZone zone, TakeTicket command, IReadOnlyList<string> greenChannelReasons)
    {
        var errors = new Dictionary<string, string[]>();
        if (!zone.Queues) errors["zone"] = [$"{zone.Name}为会客式平台，无需取号 / {zone.Name} receives without tickets."];
        if (string.IsNullOrWhiteSpace(command.Purpose)) errors["purpose"] = ["请填写办理事项 / the purpose is required."];
        var reason = command.GreenChannelReason?.Trim();
        if (!string.IsNullOrEmpty(reason) && !greenChannelReasons.Contains(reason))
            errors["greenChannelReason"] = [$"绿色通道适用情形为：{string.Join("、", greenChannelReasons)} / the green channel is for: {string.Join(", ", greenChannelReasons)}."];
        else if (string.IsNullOrEmpty(reason) && !string.IsNullOrWhiteSpace(command.GreenChannelNote))
            errors["greenChannelReason"] = ["请选择绿色通道适用情形 / choose the green-channel reason."];
        else if (!string.IsNullOrEmpty(reason) && string.IsNullOrWhiteSpace(command.GreenChannelNote))
            errors["greenChannelNote"] = ["请说明绿色通道依据（项目、帮办人或事项） / name the project, helper or matter the green channel is for."];
        if (errors.Count > 0) throw new DomainValidationException(errors);
    }

    /// <summary>The next number of the day in the zone: one more than the last, so numbers have no gap.</summary>
    public static QueueTicketTaken Take(ZoneQueue queue, TakeTicket command, string? creditCode, DateTimeOffset now)
    {
        var number = queue.TicketsTaken + 1;
        var reason = string.IsNullOrWhiteSpace(command.GreenChannelReason) ? null : command.GreenChannelReason.Trim();
        return new QueueTicketTaken(queue.Id, queue.ZoneCode, queue.Day, number, $"{queue.ZoneCode}{number:000}", command.Purpose.Trim(), creditCode,
            reason is not null, reason, reason is null ? null : command.GreenChannelNote!.Trim(), now);
    }

    /// <summary>The window calls the first green-channel ticket waiting, else the first ticket waiting; it must first close the ticket it called before.</summary>
    public static QueueTicketCalled CallNext(ZoneQueue? queue, string? window, DateTimeOffset now)
    {
        if (string.IsNullOrWhiteSpace(window)) throw new DomainValidationException("window", "请填写窗口 / the window is required.");
        var name = window.Trim();
        if (queue?.Open.FirstOrDefault(t => t.Status == TicketStatus.Called && t.Window == name) is { } open)
            throw new InvalidStateTransitionException($"{name}正在办理{open.Label}", "叫号");
        var next = queue?.CallOrder.FirstOrDefault() ?? throw new InvalidStateTransitionException("无人等候", "叫号");
        return new QueueTicketCalled(queue.Id, queue.ZoneCode, queue.Day, next.Number, next.Label, name, now);
    }

    /// <summary>The window that called the ticket records it served or a no-show; another window's ticket is not its to close.</summary>
    public static QueueTicketClosed Close(ZoneQueue? queue, int number, string? window, TicketOutcome outcome, DateTimeOffset now)
    {
        if (string.IsNullOrWhiteSpace(window)) throw new DomainValidationException("window", "请填写窗口 / the window is required.");
        var name = window.Trim();
        var status = queue?.StatusOf(number) ?? throw new NotFoundException($"今日无{number}号 / no ticket {number} today.");
        var action = outcome == TicketOutcome.Served ? "办理完毕" : "过号";
        if (status != TicketStatus.Called) throw new InvalidStateTransitionException(StatusLabel(status), action);
        var ticket = queue.Open.Single(t => t.Number == number);
        if (ticket.Window != name)
            throw new InvalidStateTransitionException($"{ticket.Label}由{ticket.Window}叫号", action,
                $"{ticket.Label}由{ticket.Window}叫号，应由该窗口办结 / {ticket.Label} was called by {ticket.Window}, which closes it.");
        return new QueueTicketClosed(queue.Id, queue.ZoneCode, queue.Day, number, ticket.Label, name, outcome, now);
    }

    public static string StatusLabel(TicketStatus status) => status switch
    {
        TicketStatus.Waiting => "等候中",
        TicketStatus.Called => "已叫号",
        TicketStatus.Served => "已办理",
        _ => "已过号",
    };
}
