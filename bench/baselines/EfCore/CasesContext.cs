using System.ComponentModel.DataAnnotations;
using Microsoft.EntityFrameworkCore;

namespace Nanchuan.Bench.EfCore;

public sealed class CasesContext(DbContextOptions<CasesContext> options) : DbContext(options)
{
    public DbSet<GrievanceState> Grievances => Set<GrievanceState>();

    protected override void OnModelCreating(ModelBuilder model)
    {
        model.HasDefaultSchema("bench_ef");
        model.Entity<GrievanceState>(entity =>
        {
            entity.ToTable("grievances");
            entity.Property(g => g.Detail).HasColumnType("jsonb");
        });
    }
}

/// <summary>The case as one mutable row: what a CRUD app keeps instead of a stream.</summary>
public sealed class GrievanceState
{
    public const string Assigned = "assigned";
    public const string Contacted = "contacted";

    public Guid Id { get; set; }
    public required string Status { get; set; }
    public string? EnterpriseName { get; set; }
    public string? CreditCode { get; set; }
    public string? ContactPerson { get; set; }
    public string? Phone { get; set; }
    public string? Content { get; set; }
    public string? ContactMethod { get; set; }
    public DateTimeOffset? ContactedAt { get; set; }
    public string? Notes { get; set; }
    public required string Detail { get; set; }

    [ConcurrencyCheck]
    public long Version { get; set; }
}
