using System.ComponentModel.DataAnnotations;

namespace Nanchuan.Licensing.Ratings;

/// <summary>
/// The 差评 follow-up limits (configuration section Licensing:Ratings), in working days from the rating. Defaults from the national 好差评
/// rules (国办发〔2019〕51号): revisit (回访核实) within 1 working day, rectify or explain (整改或解释说明) within 15.
/// </summary>
public sealed class RatingOptions
{
    public const string Section = "Licensing:Ratings";

    [Range(1, 15)]
    public int RevisitWorkingDays { get; set; } = 1;

    [Range(1, 60)]
    public int RectificationWorkingDays { get; set; } = 15;
}
