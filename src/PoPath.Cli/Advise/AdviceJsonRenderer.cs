using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;
using PoPath.Core.Advisor;
using PoPath.Core.Catalogue;
using PoPath.Core.Model;

namespace PoPath.Cli.Advise;

/// <summary>The <c>advise</c> JSON of DESIGN §7 (<c>route[]</c>, <c>not_now[]</c>, <c>organisation[]</c>) plus <c>profile</c>, <c>gap</c> and, for managers, <c>manager</c>.</summary>
internal static class AdviceJsonRenderer
{
    private static readonly JsonSerializerOptions Options = new() { WriteIndented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    public static void Render(AdviceReport r, TextWriter output)
    {
        var profile = ProfileWriter.ToNode(r.Profile);
        profile["source"] = r.ProfileSource;
        var root = new JsonObject
        {
            ["tool"] = new JsonObject { ["name"] = "popath", ["version"] = AppInfo.Version },
            ["for"] = r.Manager is null ? "po" : "manager",
            ["profile"] = profile,
            ["route"] = new JsonArray([.. r.Advice.Route.Select(Step)]),
            ["not_now"] = new JsonArray([.. r.Advice.NotNow.Select(n => (JsonNode)new JsonObject { ["id"] = n.Id, ["why"] = n.Why })]),
            ["organisation"] = new JsonArray([.. r.Advice.Organisation.Select(o => (JsonNode)new JsonObject
            {
                ["kind"] = o.Kind,
                ["message"] = o.Message,
                ["evidence"] = new JsonArray([.. o.Evidence.Select(e => (JsonNode)new JsonObject { ["kind"] = e.Kind, ["ref"] = e.Ref, ["text"] = e.Text })]),
            })]),
            ["gap"] = r.Gap is null ? null : Gap(r.Gap, r.BacklogSource),
        };
        if (r.Manager is { } m)
        {
            root["manager"] = new JsonObject
            {
                ["signals_available"] = r.Signals is { Count: > 0 },
                ["checklist"] = new JsonArray([.. m.Signals.Select(s => (JsonNode)new JsonObject
                {
                    ["signal"] = s.SignalId,
                    ["look_for"] = s.LookFor,
                    ["period"] = s.Reading?.Period,
                    ["value"] = s.Reading?.Value,
                    ["band"] = s.Reading is { } reading ? RouteAdvisorText.Band(reading.Band) : null,
                })]),
                ["organisation_must_provide"] = new JsonArray([.. m.Needs.Select(n => (JsonNode)new JsonObject
                {
                    ["id"] = n.Id,
                    ["what"] = n.What,
                    ["provided"] = n.Provided,
                    ["field"] = n.Field,
                })]),
            };
        }

        output.Write(root.ToJsonString(Options));
        output.Write('\n');
    }

    private static JsonNode Step(RouteStep s) => new JsonObject
    {
        ["id"] = s.Id,
        ["name"] = s.Name,
        ["why"] = Strings(s.Why),
        ["will_not_fix"] = Strings(s.WillNotFix),
        ["emphasis"] = new JsonArray([.. s.Emphasis.Select(Objective)]),
    };

    private static JsonNode Objective(LearningObjective o) => new JsonObject
    {
        ["id"] = o.Id,
        ["text"] = o.Text,
        ["addresses"] = new JsonArray([.. o.Addresses.Select(e => (JsonNode)e.Id())]),
    };

    private static JsonObject Gap(LearningGap g, string? source) => new()
    {
        ["source"] = source,
        ["top"] = g.Gaps.Top,
        ["items_considered"] = g.Gaps.ItemsConsidered,
        ["elements"] = new JsonArray([.. g.Elements.Select(e => (JsonNode)new JsonObject
        {
            ["element"] = e.Element.Id(),
            ["missing"] = e.Missing,
            ["weak"] = e.Weak,
            ["present"] = e.Present,
            ["share"] = Math.Round(e.GapShare, 3),
        })]),
        ["examples"] = new JsonArray([.. g.Examples.Select(x => (JsonNode)new JsonObject
        {
            ["id"] = x.ItemId,
            ["title"] = x.Title,
            ["rank"] = x.Rank,
            ["missing"] = new JsonArray([.. x.Missing.Select(e => (JsonNode)e.Id())]),
            ["questions"] = Strings(x.Questions),
        })]),
        ["course"] = g.CourseId,
        ["objectives"] = new JsonArray([.. g.Objectives.Select(Objective)]),
    };

    private static JsonArray Strings(IEnumerable<string> items) => new([.. items.Select(s => (JsonNode)s)]);
}
