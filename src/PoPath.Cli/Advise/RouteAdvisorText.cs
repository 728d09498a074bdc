using System.Globalization;
using PoPath.Core.Model;
using PoPath.Core.Signals;

namespace PoPath.Cli.Advise;

/// <summary>Small shared wordings of the advice renderers.</summary>
internal static class RouteAdvisorText
{
    public static string Band(SignalBand band) => band.ToString().ToLowerInvariant();

    public static string Reading(SignalSummary? s) => s is null
        ? "no history read (popath signals computes it)"
        : $"{(s.Value is { } v ? v.ToString("0.00", CultureInfo.InvariantCulture) : "no value")} ({Band(s.Band)}) in {s.Period}";

    public static string Share(ElementGap g) => $"{g.Missing + g.Weak} of {g.Total} ({Math.Round(g.GapShare * 100).ToString(CultureInfo.InvariantCulture)}%)";

    public static string Provided(bool? provided) => provided switch
    {
        true => "yes",
        false => "NO — the organisation must provide it",
        null => "not answered",
    };
}
