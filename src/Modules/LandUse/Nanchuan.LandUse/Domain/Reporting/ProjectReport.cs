using Nanchuan.LandUse.Domain.Catalogue;

namespace Nanchuan.LandUse.Domain.Reporting;

/// <summary>One stage's figures for one project.</summary>
/// <param name="MaterialsInFile">保留/前置 materials of the stage in the catalogue (the seed's "after" count).</param>
/// <param name="MaterialsInFileBefore">All materials of the stage before the reform.</param>
/// <param name="DocumentsOnFile">Documents actually filed (brought, handed over, attached or fetched).</param>
/// <param name="Trips">Window hand-ins with applicant materials plus other window visits recorded for the stage.</param>
public sealed record StageReport(
    int Stage, string Name, bool Completed, int MaterialsInFile, int MaterialsInFileBefore, int DocumentsOnFile,
    int ApplicantMaterials, int FetchedMaterials, int AttachedMaterials, int Trips, decimal? WorkingDays);

/// <summary>A project against the seed's baseline: steps (13 before), materials in the file (36 before), applicant materials, trips, working days.</summary>
/// <param name="Steps">Completed stages among 2–7 (the six steps from the contract to the certificate).</param>
/// <param name="Trips">Every trip to the window: hand-ins with applicant materials and recorded visits (with or without a stage).</param>
public sealed record ProjectReport(
    string Code, int Steps, int StepsBefore, int MaterialsInFile, int MaterialsInFileBefore, int DocumentsOnFile,
    int ApplicantMaterials, int Trips, decimal WorkingDays, IReadOnlyList<StageReport> Stages)
{
    public static ProjectReport Of(LandUseProject project)
    {
        var catalogue = StageCatalogue.Of(project.SupplyType);
        var stages = project.Stages.OrderBy(s => s.Number).Select(s =>
        {
            var definition = catalogue.Stage(s.Number);
            return new StageReport(s.Number, s.Name, s.Completed, definition.MaterialsKept, definition.MaterialsBefore, s.Filed.Count,
                s.ApplicantMaterials, s.Filed.Count(f => f.Disposition == MaterialDisposition.FetchedFromSystem),
                s.Filed.Count(f => f.Disposition == MaterialDisposition.AttachedFromEarlierStage),
                (s.WindowTrip ? 1 : 0) + project.Visits.Count(v => v.Stage == s.Number), s.WorkingDays);
        }).ToList();
        var completed = stages.Where(s => s.Completed).ToList();
        return new ProjectReport(project.Code,
            completed.Count(s => catalogue.Stage(s.Stage).CountsAsStep), catalogue.StepsBefore,
            completed.Sum(s => s.MaterialsInFile), completed.Sum(s => s.MaterialsInFileBefore), stages.Sum(s => s.DocumentsOnFile),
            stages.Sum(s => s.ApplicantMaterials), project.Stages.Count(s => s.WindowTrip) + project.Visits.Count, completed.Sum(s => s.WorkingDays ?? 0), stages);
    }
}

/// <summary>Per-stage figures over all projects.</summary>
public sealed record StageTotals(int Stage, int Completed, int ApplicantMaterials, int Trips, decimal AverageWorkingDays);

/// <summary>All projects against the baseline; averages are over projects that completed all seven stages.</summary>
public sealed record OverallReport(
    int Projects, int CompletedProjects, int StepsBefore, decimal AverageSteps, int MaterialsInFileBefore, decimal AverageMaterialsInFile,
    int ApplicantMaterials, decimal AverageApplicantMaterials, int Trips, IReadOnlyList<StageTotals> Stages)
{
    public static OverallReport Of(IReadOnlyList<ProjectReport> projects)
    {
        var complete = projects.Where(p => p.Stages.Count(s => s.Completed) == 7).ToList();
        decimal Average(Func<ProjectReport, int> value) => complete.Count == 0 ? 0 : Math.Round((decimal)complete.Sum(value) / complete.Count, 2);
        var stages = Enumerable.Range(1, 7).Select(n =>
        {
            var done = projects.SelectMany(p => p.Stages).Where(s => s.Stage == n).ToList();
            var finished = done.Where(s => s.Completed).ToList();
            return new StageTotals(n, finished.Count, done.Sum(s => s.ApplicantMaterials), done.Sum(s => s.Trips),
                finished.Count == 0 ? 0 : Math.Round(finished.Average(s => s.WorkingDays ?? 0), 2));
        }).ToList();
        return new OverallReport(projects.Count, complete.Count, StageCatalogue.StepsBefore, Average(p => p.Steps), StageCatalogue.MaterialsBefore,
            Average(p => p.MaterialsInFile), projects.Sum(p => p.ApplicantMaterials), Average(p => p.ApplicantMaterials), projects.Sum(p => p.Trips), stages);
    }
}
