using System.Globalization;
using PoPath.Core.Advisor;
using PoPath.Core.Catalogue;
using Spectre.Console;

using Profile = PoPath.Core.Advisor.Profile;

namespace PoPath.Cli.Advise;

/// <summary>The interactive questions that build a profile when none is given and a terminal is attached.</summary>
/// <remarks>
/// Plain text prompts with fixed choices (Spectre validates the answer and asks again): they read the same typed or
/// piped, so a test console answers them line by line. The questions go to the prompt console (standard error), so
/// standard output carries only the advice.
/// </remarks>
internal static class Questionnaire
{
    public static Profile Ask(IAnsiConsole console, Catalogue catalogue)
    {
        console.MarkupLine("[bold]A few questions about your situation[/] (they become your profile; --save-profile FILE keeps them).");
        var role = console.Prompt(new TextPrompt<string>("Your current role (e.g. product owner, business analyst, scrum master):")
            .DefaultValue("product owner").Validate(r => !string.IsNullOrWhiteSpace(r) && r.Length <= 200, "Type your role in a few words."));
        var years = console.Prompt(new TextPrompt<double>("Years working as a Product Owner (0 for none):").DefaultValue(0)
            .Validate(y => y is >= 0 and <= 60, "A number from 0 to 60."));
        var knowledge = Choice<ScrumKnowledge>(console, "How well do you know Scrum?", "basics");
        var preference = Choice<LearningPreference>(console, "How do you prefer to learn (guided course, assessment-led, either)?", "either");
        var teams = console.Prompt(new TextPrompt<int>("How many teams do you work with?").DefaultValue(1).Validate(t => t is >= 0 and <= 1000, "A whole number from 0 to 1000."));
        var safe = console.Confirm("Do you work in SAFe (features, ART backlogs, PI Planning)?", defaultValue: false);
        IReadOnlyList<string> safeWork = safe ? List(console.Prompt(new TextPrompt<string>("Which SAFe work do you do (comma-separated, empty for none)?").AllowEmpty())) : [];
        var certifications = Certifications(console, catalogue);
        var ai = List(console.Prompt(new TextPrompt<string>($"Where should AI help you prepare decisions? ({string.Join(", ", Profile.KnownAiNeeds)}; comma-separated, empty for none)").AllowEmpty()));
        var users = console.Confirm("Can you talk to users or customers?", defaultValue: true);
        var data = console.Confirm("Can you see product usage data?", defaultValue: true);
        var commercial = console.Confirm("Do you know the commercial context (revenue, cost, contracts)?", defaultValue: true);
        var overridden = console.Confirm("Are your priorities regularly overridden by stakeholders?", defaultValue: false);
        return new Profile(role.Trim(), years, knowledge, preference, teams, safe, safeWork, certifications, ai,
            new ProfileAccess(users, data, commercial), overridden);
    }

    private static T Choice<T>(IAnsiConsole console, string question, string defaultValue)
        where T : struct, Enum
    {
        var names = Enum.GetNames<T>().Select(n => n.ToLowerInvariant()).ToArray();
        var answer = console.Prompt(new TextPrompt<string>(question).AddChoices(names).DefaultValue(defaultValue));
        return Enum.Parse<T>(answer, ignoreCase: true);
    }

    private static List<string> Certifications(IAnsiConsole console, Catalogue catalogue)
    {
        var ids = string.Join(", ", catalogue.Entries.Select(e => e.Id));
        var answer = console.Prompt(new TextPrompt<string>($"Certifications you hold ({ids}; comma-separated, empty for none):")
            .AllowEmpty()
            .Validate(text =>
            {
                foreach (var id in List(text))
                {
                    if (catalogue.Find(id) is null)
                    {
                        var near = catalogue.Suggest(id);
                        return ValidationResult.Error(Markup.Escape($"'{id}' is not a catalogue id{(near is null ? "" : $"; did you mean '{near}'?")}"));
                    }
                }

                return ValidationResult.Success();
            }));
        return [.. List(answer).Select(id => catalogue.Get(id).Id).Distinct()];
    }

    private static List<string> List(string text) =>
        [.. text.Split([',', ';'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).Where(s => s.Length > 0).Take(20)];

    internal static string Invariant(double d) => d.ToString(CultureInfo.InvariantCulture);
}
