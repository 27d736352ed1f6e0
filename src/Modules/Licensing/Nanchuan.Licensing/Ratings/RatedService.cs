namespace Nanchuan.Licensing.Ratings;

/// <summary>The hall's services an enterprise rates (好差评 on every service, issue 23).</summary>
public enum RatedServiceKind { Application, Package, Registration, DeskRequest, FinancingRequest }

/// <summary>一次一评 at the window's terminal, or 一事一评 online; from the signed-in session, never the client's word.</summary>
public enum RatingChannel { Window, Online }

/// <summary>How the unit that served answered a 差评.</summary>
public enum RatingResolution { Rectified, Explained }

/// <summary>
/// A finished-or-not case of one of the hall's services as the rating slice sees it: whose it is, which unit and point served it, the window
/// that received it, and whether it is finished (办结) and may be rated.
/// </summary>
internal sealed record RatedService(
    RatedServiceKind Kind, Guid CaseId, string Title, string? CreditCode, string EnterpriseName, string Department, string ServicePoint,
    RatedWindow? Window, bool Finished, string State);
