using System.Globalization;
using PoPath.Core.Catalogue;
using PoPath.Core.Model;
using PoPath.Core.Organisation;
using PoPath.Core.Signals;

namespace PoPath.Core.Advisor;

/// <summary>Turns a profile, the learning gap and signals into a route with reasons (the rules of DESIGN §5).</summary>
/// <remarks>
/// Rules, in the order they are applied (docs/advisor.md gives each with an executed example):
/// <list type="number">
/// <item>No role basics (no CSPO, PSPO or ICP-APO family certification) → the route starts with CSPO or PSPO I, chosen from the learning preference, Scrum knowledge and where the person comes from; the other one is "not now".</item>
/// <item>Working in SAFe → SAFe POPM, after role basics, as an addition; not in SAFe → POPM (and APM) are "not now" and never on the route.</item>
/// <item>AI needs named → PSPO-AI Essentials, only after role basics; none named → "not now".</item>
/// <item>The learning gap picks the emphasis: each step lists its objectives that address the most-missing elements; with role basics held, the next course is the one whose objectives cover those elements (prerequisites permitting).</item>
/// <item>Organisational blockers (priorities overridden, no access) become <c>organisation[]</c> findings; the gap they explain is not answered with a course.</item>
/// </list>
/// Invariants: nothing held is recommended; every prerequisite (catalogue <c>requires</c>, months as PO) is held or earlier in the route.
/// Pure and deterministic; safe to share.
/// </remarks>
public sealed class RouteAdvisor(Catalogue.Catalogue catalogue)
{
    /// <summary>An element is in the gap focus when at least this share of the top items miss it or state it weakly.</summary>
    public const double FocusShare = 0.5;

    /// <summary>At most this many elements are emphasised.</summary>
    public const int FocusCount = 3;

    private const string Cspo = "cspo";
    private const string Pspo = "pspo-1";
    private const string Popm = "safe-popm";
    private const string Apm = "safe-apm";
    private const string PspoAi = "pspo-ai";
    private const string ACspo = "a-cspo";

    private static readonly string[] MovingInRoles = ["business analyst", "analyst", "project", "scrum master", "first", "new", "aspiring", "junior"];

    /// <summary>The advisor over PoPath's own catalogue.</summary>
    public static RouteAdvisor Default { get; } = new(global::PoPath.Core.Catalogue.Catalogue.Default);

    public Catalogue.Catalogue Catalogue { get; } = catalogue;

    public Advice Advise(AdviceInput input)
    {
        var p = input.Profile;
        var signals = input.Signals ?? [];
        var held = Held(p);
        var hasBasics = held.Any(id => Catalogue.Get(id).Category is CatalogueCategory.PoBasics or CatalogueCategory.PoAdvanced);
        var organisation = OrganisationRules.Findings(p, signals);
        var blocked = OrganisationRules.BlockedElements(p, organisation);
        var focus = Focus(input.Gaps);
        var courseGap = focus.Where(g => !blocked.ContainsKey(g.Element)).ToList();

        var route = new List<Draft>();
        var notNow = new List<NotNowStep>();
        var certs = p.Certifications.Count == 0 ? "none" : string.Join(", ", p.Certifications);

        // Rule 1: role basics first.
        string? basicsStep = null;
        if (!hasBasics)
        {
            var (choice, reasons) = ChooseBasics(p);
            basicsStep = choice;
            var why = new List<string> { $"No Product Owner certification yet (certifications: {certs}): role basics come first." };
            why.AddRange(reasons);
            route.Add(new Draft(choice, why));
            var other = choice == Cspo ? Pspo : Cspo;
            notNow.Add(new NotNowStep(other, other == Pspo
                ? "Not now: CSPO first for guided role basics; some take PSPO I later to test the same knowledge by assessment."
                : "Not now: PSPO I already gives the role basics; CSPO would repeat them (some take CSPO first and PSPO later, not both now)."));
        }

        var basicsText = basicsStep is null
            ? $"role basics are there ({string.Join(", ", held.Where(h => Catalogue.Get(h).Category is CatalogueCategory.PoBasics or CatalogueCategory.PoAdvanced).Order(StringComparer.Ordinal))})"
            : $"after {Catalogue.Get(basicsStep).Name} for role clarity";

        // Rule 2: SAFe POPM for scaled work, only in SAFe.
        var popmAdded = false;
        if (p.Safe)
        {
            if (!held.Contains(Popm))
            {
                var why = new List<string> { "Works in SAFe (safe: true): POPM covers the PO/PM roles on an Agile Release Train, PI Planning, ART and Team Backlogs and WSJF." };
                if (p.SafeWork.Count > 0)
                {
                    why.Add($"SAFe work named: {string.Join(", ", p.SafeWork)} (safe_work).");
                }

                why.Add(basicsStep is null
                    ? $"As an addition, not a replacement: {basicsText}, so POPM gives more immediate value than another team-level PO course."
                    : $"As an addition to {Catalogue.Get(basicsStep).Name}, not a replacement: taken {basicsText}.");
                route.Add(new Draft(Popm, why));
                popmAdded = true;
            }
            else if (!held.Contains(Apm) && p.Role.Contains("product manag", StringComparison.OrdinalIgnoreCase))
            {
                route.Add(new Draft(Apm, [$"Works in SAFe (safe: true) as '{p.Role}' (role) and holds POPM: APM covers product management beyond team-level ownership (markets, strategy, roadmaps)."]));
            }
        }
        else
        {
            foreach (var id in new[] { Popm, Apm }.Where(id => !held.Contains(id)))
            {
                notNow.Add(new NotNowStep(id, $"Not now: not working in SAFe (safe: false); {Catalogue.Get(id).Name} is for work on an Agile Release Train."));
            }
        }

        // Rule 4 (with role basics held): the course whose objectives answer the gap.
        if (basicsStep is null)
        {
            Deepen(p, held, courseGap, focus, blocked, popmAdded, route, notNow);
        }

        // Rule 3: AI product learning on top of role clarity.
        if (p.AiNeeds.Count > 0)
        {
            if (!held.Contains(PspoAi))
            {
                route.Add(new Draft(PspoAi,
                [
                    $"AI needs named: {string.Join(", ", p.AiNeeds)} (ai_needs): PSPO-AI Essentials covers applying AI to discovery, customer understanding, experimentation and decisions.",
                    $"Only on top of role clarity: {basicsText}.",
                ]));
            }
        }
        else if (!held.Contains(PspoAi))
        {
            notNow.Add(new NotNowStep(PspoAi, "Not now: no AI needs named (ai_needs: []); AI product learning helps once decisions need better preparation and analysis."));
        }

        // Prerequisite-bound entries worth naming: A-CSPO (and CSP-PO once A-CSPO is held).
        foreach (var id in new[] { ACspo, "csp-po" })
        {
            var e = Catalogue.Get(id);
            if (held.Contains(id) || route.Any(r => r.Id == id) || notNow.Any(n => n.Id == id) || (id == "csp-po" && !held.Contains(ACspo)))
            {
                continue;
            }

            var missing = MissingPrerequisites(e, p, held, route);
            notNow.Add(new NotNowStep(id, missing.Count > 0
                ? $"Not yet: {e.Name} needs {string.Join(" and ", missing)} ({e.Facts.Prerequisites.Value})."
                : $"Not now: the prerequisites are met, but {string.Join(" and ", route.Select(r => Catalogue.Get(r.Id).Name).DefaultIfEmpty("nothing in your answers"))} comes first."));
        }

        var steps = route.Select(d => Finish(d, focus, blocked, organisation, signals, input.Gaps)).ToList();
        Verify(steps, held, p);
        return new Advice(steps, notNow, organisation, focus);
    }

    /// <summary>The certifications held, with everything they imply (holding A-CSPO means CSPO was held).</summary>
    public IReadOnlySet<string> Held(Profile profile)
    {
        var held = new HashSet<string>(StringComparer.Ordinal);
        foreach (var c in profile.Certifications)
        {
            if (Catalogue.Find(c) is { } e)
            {
                held.Add(e.Id);
                held.UnionWith(Catalogue.RequiredBefore(e.Id));
            }
        }

        return held;
    }

    private static (string Id, List<string> Reasons) ChooseBasics(Profile p)
    {
        var k = $"scrum_knowledge: {Profile.Id(p.ScrumKnowledge)}";
        var l = $"learning_preference: {Profile.Id(p.LearningPreference)}";
        var fromRole = MovingInRoles.Any(r => p.Role.Contains(r, StringComparison.OrdinalIgnoreCase));
        var movingIn = p.YearsAsPo < 1 || fromRole;
        var from = fromRole
            ? $"moving in as '{p.Role}' (role)"
            : $"in a first Product Owner role (years_as_po: {p.YearsAsPo.ToString(CultureInfo.InvariantCulture)})";
        switch (p.LearningPreference, p.ScrumKnowledge)
        {
            case (LearningPreference.Guided, _):
                return (Cspo, [$"CSPO: guided, classroom learning suits you ({l}); a trainer-led course of at least 16 hours."]);
            case (_, ScrumKnowledge.None):
                return (Cspo, [$"CSPO: PSPO I suits people who already know Scrum basics ({k}); CSPO teaches them in a guided course."]);
            case (LearningPreference.Assessment, _):
                return (Pspo, [$"PSPO I: you know Scrum ({k}) and prefer assessment-led preparation ({l})."]);
            case (_, ScrumKnowledge.Solid):
                return (Pspo, [$"PSPO I: you know Scrum well ({k}) and either way of learning suits you ({l}); the assessment tests it without a mandatory course."]);
            default:
                return movingIn
                    ? (Cspo, [$"CSPO: suits people {from}, with Scrum basics ({k}) and either way of learning ({l})."])
                    : (Pspo, [$"PSPO I: you know Scrum basics ({k}), have PO experience (years_as_po: {p.YearsAsPo.ToString(CultureInfo.InvariantCulture)}) and either way of learning suits you ({l})."]);
        }
    }

    private void Deepen(Profile p, IReadOnlySet<string> held, List<ElementGap> courseGap, List<ElementGap> focus,
        Dictionary<Element, string> blocked, bool popmAdded, List<Draft> route, List<NotNowStep> notNow)
    {
        var tracks = held.Select(h => Catalogue.Get(h)).Where(e => e.Category is CatalogueCategory.PoBasics or CatalogueCategory.PoAdvanced)
            .Select(e => e.Track).ToHashSet(StringComparer.Ordinal);
        var candidates = Catalogue.Entries
            .Where(e => !held.Contains(e.Id) && (!e.SafeOnly || p.Safe))
            .Where(e => (e.Category == CatalogueCategory.PoAdvanced && tracks.Contains(e.Track)) || e.Category is CatalogueCategory.Evidence or CatalogueCategory.Discovery)
            .Select(e => (Entry: e, Score: Cover(e, courseGap), Track: tracks.Contains(e.Track)))
            .ToList();

        if (focus.Count > 0 && courseGap.Count == 0)
        {
            // Rule 5: the whole gap traces to the organisation; the course that would otherwise come next is not prescribed.
            var first = focus[0];
            var wouldBe = candidates.Select(c => (c.Entry, Score: Cover(c.Entry, focus), c.Track)).Where(c => c.Score > 0)
                .OrderByDescending(c => c.Score).ThenByDescending(c => c.Track).ThenBy(c => Order(c.Entry)).Select(c => c.Entry).FirstOrDefault();
            if (wouldBe is not null)
            {
                notNow.Add(new NotNowStep(wouldBe.Id, $"Not now: another course would not fix the gap in {first.Element.Id()} ({Share(first)}); it traces to {blocked[first.Element]} (see organisation)."));
            }

            return;
        }

        List<(CatalogueEntry Entry, double Score, bool Track)> ranked;
        string reason;
        if (courseGap.Count > 0)
        {
            ranked = [.. candidates.Where(c => c.Score > 0).OrderByDescending(c => c.Score).ThenByDescending(c => c.Track).ThenBy(c => Order(c.Entry))];
            reason = $"The learning gap: {string.Join("; ", courseGap.Select(g => $"{g.Element.Id()} missing or weak in {Share(g)}"))}.";
        }
        else if (focus.Count == 0 && route.Count == 0)
        {
            // No backlog to read the gap from: the next step of the track already held.
            ranked = [.. candidates.Where(c => c.Track && c.Entry.Category == CatalogueCategory.PoAdvanced).OrderBy(c => Order(c.Entry))];
            reason = $"Role basics are held ({string.Join(", ", p.Certifications)}); without a backlog (pass --backlog or --workspace) the next step of that track is suggested.";
        }
        else
        {
            return;
        }

        foreach (var (entry, _, _) in ranked)
        {
            var missing = MissingPrerequisites(entry, p, held, route);
            if (missing.Count > 0)
            {
                notNow.Add(new NotNowStep(entry.Id, $"Not yet: {entry.Name} needs {string.Join(" and ", missing)} ({entry.Facts.Prerequisites.Value})."));
                continue;
            }

            if (popmAdded)
            {
                // POPM is the next step in SAFe; the course the gap would pick waits until after it.
                notNow.Add(new NotNowStep(entry.Id, $"Not now: in SAFe, POPM gives more immediate value than another team-level PO course; {entry.Name} can follow."));
                return;
            }

            var why = new List<string> { reason };
            var covered = courseGap.Where(g => entry.Objectives.Any(o => o.Addresses.Contains(g.Element))).Select(g => g.Element.Id()).ToList();
            if (covered.Count > 0)
            {
                why.Add($"{entry.Name} has learning objectives for {string.Join(", ", covered)}.");
            }

            if (entry.RequiresPoMonths > 0 || entry.Requires.Count > 0)
            {
                why.Add($"Prerequisites met: {entry.Facts.Prerequisites.Value} (certifications: {string.Join(", ", p.Certifications)}; years_as_po: {p.YearsAsPo.ToString(CultureInfo.InvariantCulture)}).");
            }

            route.Add(new Draft(entry.Id, why));
            return;
        }
    }

    private static double Cover(CatalogueEntry e, List<ElementGap> gap) =>
        gap.Where(g => e.Objectives.Any(o => o.Addresses.Contains(g.Element))).Sum(g => g.GapShare);

    private int Order(CatalogueEntry e)
    {
        for (var i = 0; i < Catalogue.Entries.Count; i++)
        {
            if (Catalogue.Entries[i].Id == e.Id)
            {
                return i;
            }
        }

        return int.MaxValue;
    }

    /// <summary>The prerequisites of <paramref name="e"/> neither held nor earlier in the route, in words.</summary>
    private List<string> MissingPrerequisites(CatalogueEntry e, Profile p, IReadOnlySet<string> held, List<Draft> route)
    {
        var missing = new List<string>();
        foreach (var r in e.Requires)
        {
            if (!held.Contains(r) && route.All(d => d.Id != r))
            {
                missing.Add(Catalogue.Get(r).Name);
            }
        }

        if (p.MonthsAsPo < e.RequiresPoMonths)
        {
            missing.Add($"{e.RequiresPoMonths} months as Product Owner (years_as_po: {p.YearsAsPo.ToString(CultureInfo.InvariantCulture)})");
        }

        return missing;
    }

    private static List<ElementGap> Focus(GapProfile? gaps) =>
        gaps is null || gaps.ItemsConsidered == 0
            ? []
            : [.. gaps.Elements.Where(g => g.GapShare >= FocusShare).OrderByDescending(g => g.GapShare).ThenByDescending(g => g.MissingShare)
                .ThenBy(g => g.Element).Take(FocusCount)];

    private RouteStep Finish(Draft d, List<ElementGap> focus, Dictionary<Element, string> blocked, List<OrganisationFinding> organisation,
        IReadOnlyList<SignalSummary> signals, GapProfile? gaps)
    {
        var entry = Catalogue.Get(d.Id);
        var why = new List<string>(d.Why);
        var emphasis = new List<LearningObjective>();
        foreach (var g in focus.Where(g => !blocked.ContainsKey(g.Element)))
        {
            foreach (var o in entry.Objectives.Where(o => o.Addresses.Contains(g.Element) && !emphasis.Contains(o)))
            {
                emphasis.Add(o);
            }
        }

        if (emphasis.Count > 0 && !why.Exists(w => w.StartsWith("The learning gap", StringComparison.Ordinal)))
        {
            var covered = focus.Where(g => !blocked.ContainsKey(g.Element) && emphasis.Exists(o => o.Addresses.Contains(g.Element))).ToList();
            why.Add($"Emphasis from your backlog: {string.Join("; ", covered.Select(g => $"{g.Element.Id()} missing or weak in {Share(g)}"))}.");
        }

        foreach (var s in signals.Where(s => s.Band is SignalBand.Concern or SignalBand.Watch))
        {
            // outcome_talk backs a step that works on expected outcomes; decision_quality backs every step.
            if (s.Id == "decision_quality" || (s.Id == "outcome_talk" && emphasis.Exists(o => o.Addresses.Contains(Element.ExpectedOutcome))))
            {
                why.Add($"Signal {s.Id} is {Band(s.Band)} ({Value(s)} in {s.Period}).");
            }
        }

        var willNotFix = new List<string>();
        foreach (var o in organisation)
        {
            willNotFix.Add(o.Kind == "decision-room"
                ? "It will not give the decision room: priorities are overridden, which the organisation has to change (see organisation: decision-room)."
                : $"It will not open access ({string.Join(", ", o.Evidence.Select(e => e.Ref))} = false); the manager has to (see organisation: access).");
        }

        foreach (var g in focus.Where(g => !blocked.ContainsKey(g.Element) && !entry.Objectives.Any(o => o.Addresses.Contains(g.Element))))
        {
            willNotFix.Add($"It has no learning objective for {g.Element.Id()} ({Share(g)} of the top items miss it or state it weakly).");
        }

        if (willNotFix.Count == 0)
        {
            willNotFix.Add(gaps is null
                ? "It will not change how decisions are made or what access you have; without a backlog (--backlog or --workspace) PoPath cannot yet say which of your items it helps."
                : "It will not change how decisions are made or what access you have; nothing in your answers points there now.");
        }

        return new RouteStep(d.Id, entry.Name, why, willNotFix, emphasis);
    }

    /// <summary>The invariants every route keeps; a breach is a bug in the rules, not bad input.</summary>
    private void Verify(List<RouteStep> steps, IReadOnlySet<string> held, Profile p)
    {
        var before = new HashSet<string>(held, StringComparer.Ordinal);
        var basics = held.Any(h => Catalogue.Get(h).Category is CatalogueCategory.PoBasics or CatalogueCategory.PoAdvanced);
        foreach (var s in steps)
        {
            var e = Catalogue.Get(s.Id);
            if (held.Contains(s.Id) || e.Requires.Any(r => !before.Contains(r)) || p.MonthsAsPo < e.RequiresPoMonths
                || (e.SafeOnly && !p.Safe) || (e.Category == CatalogueCategory.Ai && !basics))
            {
                throw new InvalidOperationException($"route rule broken at '{s.Id}'");
            }

            before.Add(s.Id);
            basics |= e.Category is CatalogueCategory.PoBasics or CatalogueCategory.PoAdvanced;
        }
    }

    internal static string Share(ElementGap g) =>
        $"{g.Missing + g.Weak} of {g.Total} top items ({Math.Round(g.GapShare * 100).ToString(CultureInfo.InvariantCulture)}%)";

    internal static string Value(SignalSummary s) => s.Value is { } v ? v.ToString("0.00", CultureInfo.InvariantCulture) : "no value";

    internal static string Band(SignalBand b) => b.ToString().ToLowerInvariant();

    private sealed record Draft(string Id, List<string> Why);
}
