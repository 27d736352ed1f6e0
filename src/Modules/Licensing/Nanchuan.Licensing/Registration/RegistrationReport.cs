namespace Nanchuan.Licensing.Registration;

/// <summary>One service point's figures: consultations given (咨询辅导), registrations filed and issued, average working days from acceptance to licence, share issued within 0.5 day.</summary>
public sealed record ServicePointFigures(string ServicePoint, int Consultations, int Registrations, int Issued, decimal? AverageWorkingDaysToLicence, decimal? ShareWithinHalfDay);

public static class RegistrationReport
{
    [WolverineGet("/api/licensing/registrations/report")]
    [Authorize(Roles = $"{Roles.DepartmentHandler},{Roles.BusinessOffice},{Roles.Supervisor},{Roles.Admin}")]
    [Tags("Licensing")]
    [EndpointSummary("近快办服务点统计 / Registrations per service point")]
    [EndpointDescription("For each of the 20 service points: consultations given, registrations filed, licences issued, average working days (business hours ÷ 9.5 h) from acceptance to licence, and the share issued within 0.5 working day (0–1, 4 decimals). Also the SQL table licensing.registration_report (points with any activity).")]
    public static async Task<IReadOnlyList<ServicePointFigures>> Get(IQuerySession session, CancellationToken cancellation)
    {
        var registrations = await session.Query<CompanyRegistration>().ToListAsync(cancellation);
        var consultations = await session.Events.QueryRawEventDataOnly<ConsultationGiven>().ToListAsync(cancellation);
        return Compute(registrations, consultations);
    }

    public static IReadOnlyList<ServicePointFigures> Compute(IReadOnlyCollection<CompanyRegistration> registrations, IReadOnlyCollection<ConsultationGiven> consultations) =>
        ServicePoints.All.Select(point =>
        {
            var atPoint = registrations.Where(r => r.ServicePoint == point).ToList();
            var issued = atPoint.Where(r => r.Status == RegistrationStatus.Issued).ToList();
            return new ServicePointFigures(point, consultations.Count(c => c.ServicePoint == point), atPoint.Count, issued.Count,
                issued.Count == 0 ? null : Math.Round(issued.Average(r => r.WorkingDaysTaken!.Value), 2, MidpointRounding.AwayFromZero),
                issued.Count == 0 ? null : Math.Round((decimal)issued.Count(r => r.WithinLimit == true) / issued.Count, 4, MidpointRounding.AwayFromZero));
        }).ToList();
}
