using System.Text.RegularExpressions;
using PoPath.Core.Model;
using PoPath.Core.Yaml;
using YamlDotNet.RepresentationModel;

namespace PoPath.Core.Catalogue;

/// <summary>Reads and validates a catalogue file: every error is collected, none is silently skipped.</summary>
internal static partial class CatalogueReader
{
    public const int MaxEntries = 500;

    private static readonly string[] RootFields = ["version", "entries"];

    private static readonly string[] EntryFields =
        ["id", "aliases", "name", "issuer", "level", "category", "context", "track", "requires", "requires_po_months", "facts", "objectives", "objectives_source"];

    private static readonly string[] FactFields = ["value", "source", "as_of", "strength", "note"];

    private static readonly string[] ObjectiveFields = ["id", "text", "addresses"];

    private static readonly string[] Contexts = ["safe"];

    [GeneratedRegex("^[a-z0-9]+(-[a-z0-9]+)*$")]
    private static partial Regex IdPattern();

    public static Catalogue Read(string text, string source)
    {
        var errors = new YamlErrors(source);
        var root = YamlFields.Map(YamlFields.Parse(text, errors), "", errors);
        if (root is null)
        {
            throw new CatalogueException(errors.Messages);
        }

        YamlFields.NoUnknown(root, "", RootFields, errors);
        var version = YamlFields.Number(root, "version", "", errors, required: true, 1, 1);
        _ = version;
        var entriesNode = YamlFields.Get(root, "entries");
        var entries = new List<(CatalogueEntry Entry, YamlNode Node)>();
        if (entriesNode is not YamlSequenceNode seq)
        {
            errors.Add(entriesNode ?? root, "entries", $"expected a list of entries, got {YamlFields.Describe(entriesNode)}");
        }
        else if (seq.Children.Count > MaxEntries)
        {
            errors.Add(seq, "entries", $"at most {MaxEntries} entries, got {seq.Children.Count}");
        }
        else
        {
            for (var i = 0; i < seq.Children.Count; i++)
            {
                if (Entry(seq.Children[i], $"entries[{i}]", errors) is { } e)
                {
                    entries.Add((e, seq.Children[i]));
                }
            }
        }

        CheckIds(entries, errors);
        if (errors.Any)
        {
            throw new CatalogueException(errors.Messages);
        }

        return new Catalogue(entries.Select(e => e.Entry).ToList());
    }

    private static CatalogueEntry? Entry(YamlNode node, string path, YamlErrors errors)
    {
        var map = YamlFields.Map(node, path, errors);
        if (map is null)
        {
            return null;
        }

        var before = errors.Messages.Count;
        YamlFields.NoUnknown(map, path, EntryFields, errors);
        var id = YamlFields.String(map, "id", path, errors, required: true);
        if (id is not null && !IdPattern().IsMatch(id))
        {
            errors.Add(YamlFields.Get(map, "id"), path + ".id", $"expected a lower-case id of letters, digits and dashes, got '{id}'");
        }

        var at = id is null ? path : $"{path} ({id})";
        var aliases = YamlFields.Strings(map, "aliases", at, errors, required: false, 20) ?? [];
        var name = YamlFields.String(map, "name", at, errors, required: true);
        var issuer = YamlFields.String(map, "issuer", at, errors, required: true);
        var level = YamlFields.String(map, "level", at, errors, required: true);
        var category = Category(map, at, errors);
        var context = YamlFields.String(map, "context", at, errors, required: false);
        if (context is not null && !Contexts.Contains(context))
        {
            errors.Add(YamlFields.Get(map, "context"), at + ".context", $"expected one of {string.Join(", ", Contexts)}, got '{context}'");
        }

        var track = YamlFields.String(map, "track", at, errors, required: true);
        var requires = YamlFields.Strings(map, "requires", at, errors, required: true, 20);
        var months = YamlFields.Number(map, "requires_po_months", at, errors, required: false, 0, 600) ?? 0;
        if (months != Math.Floor(months))
        {
            errors.Add(YamlFields.Get(map, "requires_po_months"), at + ".requires_po_months", "expected a whole number of months");
        }

        var facts = Facts(map, at, errors);
        var objectives = Objectives(map, id, at, errors);
        var objectivesSource = YamlFields.Has(map, "objectives_source")
            ? Fact(YamlFields.Get(map, "objectives_source"), at + ".objectives_source", errors)
            : facts?.Focus;

        if (facts is not null && (requires is { Count: > 0 } || months > 0) && !facts.Prerequisites.IsVerified)
        {
            errors.Add(YamlFields.Get(map, "requires"), at + ".requires",
                "a prerequisite needs a sourced facts.prerequisites value; an unverified prerequisite must not be enforced");
        }

        if (errors.Messages.Count > before || id is null || name is null || issuer is null || level is null || category is null
            || track is null || requires is null || facts is null || objectives is null || objectivesSource is null)
        {
            return null;
        }

        return new CatalogueEntry(id, [.. aliases.Select(a => a.Value)], name, issuer, level, category.Value, context, track,
            [.. requires.Select(r => r.Value)], (int)months, facts, objectives, objectivesSource);
    }

    private static CatalogueCategory? Category(YamlMappingNode map, string path, YamlErrors errors)
    {
        var text = YamlFields.String(map, "category", path, errors, required: true);
        if (text is null)
        {
            return null;
        }

        foreach (var c in Enum.GetValues<CatalogueCategory>())
        {
            if (Catalogue.CategoryId(c) == text)
            {
                return c;
            }
        }

        errors.Add(YamlFields.Get(map, "category"), path + ".category",
            $"expected one of {string.Join(", ", Enum.GetValues<CatalogueCategory>().Select(Catalogue.CategoryId))}, got '{text}'");
        return null;
    }

    private static CatalogueFacts? Facts(YamlMappingNode entry, string path, YamlErrors errors)
    {
        var at = path + ".facts";
        var map = YamlFields.Map(YamlFields.Get(entry, "facts") ?? entry, at, errors);
        if (map is null)
        {
            return null;
        }

        YamlFields.NoUnknown(map, at, CatalogueFacts.Names, errors);
        var read = new Dictionary<string, SourcedFact>();
        foreach (var name in CatalogueFacts.Names)
        {
            var node = YamlFields.Get(map, name);
            if (node is null)
            {
                errors.Add(map, $"{at}.{name}", "missing; every entry states this fact, or value: null with a note saying why it is unverified");
                continue;
            }

            if (Fact(node, $"{at}.{name}", errors) is { } fact)
            {
                read[name] = fact;
            }
        }

        return read.Count == CatalogueFacts.Names.Count
            ? new CatalogueFacts(read["suits"], read["prerequisites"], read["course"], read["exam"], read["renewal"], read["focus"], read["price"])
            : null;
    }

    private static SourcedFact? Fact(YamlNode? node, string path, YamlErrors errors)
    {
        var map = YamlFields.Map(node, path, errors);
        if (map is null)
        {
            return null;
        }

        var before = errors.Messages.Count;
        YamlFields.NoUnknown(map, path, FactFields, errors);
        var value = YamlFields.String(map, "value", path, errors, required: false);
        var note = YamlFields.String(map, "note", path, errors, required: false);
        if (value is null)
        {
            if (note is null)
            {
                errors.Add(map, path + ".note", "missing; an empty fact says why it could not be verified");
            }

            foreach (var extra in new[] { "source", "as_of", "strength" })
            {
                if (!YamlFields.IsNull(YamlFields.Get(map, extra)))
                {
                    errors.Add(YamlFields.Get(map, extra), $"{path}.{extra}", "set without a value; an unverified fact has no source");
                }
            }

            return errors.Messages.Count > before ? null : new SourcedFact(null, null, null, null, note);
        }

        var sourceText = YamlFields.String(map, "source", path, errors, required: true);
        Uri? source = null;
        if (sourceText is not null
            && (!Uri.TryCreate(sourceText, UriKind.Absolute, out source) || (source.Scheme != Uri.UriSchemeHttps && source.Scheme != Uri.UriSchemeHttp)))
        {
            errors.Add(YamlFields.Get(map, "source"), path + ".source", $"expected an http(s) address, got '{sourceText}'");
            source = null;
        }

        var asOf = YamlFields.Date(map, "as_of", path, errors, required: true);
        var strengthText = YamlFields.String(map, "strength", path, errors, required: true);
        SourceStrength? strength = strengthText switch
        {
            null => null,
            "official" => SourceStrength.Official,
            "mirror" => SourceStrength.Mirror,
            "secondary" => SourceStrength.Secondary,
            _ => null,
        };
        if (strengthText is not null && strength is null)
        {
            errors.Add(YamlFields.Get(map, "strength"), path + ".strength", $"expected official, mirror or secondary, got '{strengthText}'");
        }

        return errors.Messages.Count > before ? null : new SourcedFact(value, source, asOf, strength, note);
    }

    private static List<LearningObjective>? Objectives(YamlMappingNode entry, string? entryId, string path, YamlErrors errors)
    {
        var node = YamlFields.Get(entry, "objectives");
        var at = path + ".objectives";
        if (YamlFields.IsNull(node))
        {
            return [];
        }

        if (node is not YamlSequenceNode seq)
        {
            errors.Add(node, at, $"expected a list of objectives, got {YamlFields.Describe(node)}");
            return null;
        }

        var result = new List<LearningObjective>();
        var ok = true;
        for (var i = 0; i < seq.Children.Count && i < 100; i++)
        {
            var p = $"{at}[{i}]";
            var map = YamlFields.Map(seq.Children[i], p, errors);
            if (map is null)
            {
                ok = false;
                continue;
            }

            YamlFields.NoUnknown(map, p, ObjectiveFields, errors);
            var id = YamlFields.String(map, "id", p, errors, required: true);
            var text = YamlFields.String(map, "text", p, errors, required: true);
            var addresses = YamlFields.Strings(map, "addresses", p, errors, required: true, 6);
            if (id is not null && entryId is not null && !id.StartsWith(entryId + ".", StringComparison.Ordinal))
            {
                errors.Add(YamlFields.Get(map, "id"), p + ".id", $"expected an id starting with '{entryId}.', got '{id}'");
                ok = false;
            }

            var elements = new List<Element>();
            foreach (var (value, n) in addresses ?? [])
            {
                if (ElementNames.TryParse(value, out var element) && element.Id() == value)
                {
                    elements.Add(element);
                }
                else
                {
                    errors.Add(n, p + ".addresses", $"'{value}' is not an element; expected one of {string.Join(", ", ElementNames.All.Select(e => e.Id()))}");
                    ok = false;
                }
            }

            if (id is null || text is null || addresses is null)
            {
                ok = false;
                continue;
            }

            result.Add(new LearningObjective(id, text, elements));
        }

        return ok ? result : null;
    }

    /// <summary>Ids and aliases unique; every required id exists; no prerequisite cycle.</summary>
    private static void CheckIds(List<(CatalogueEntry Entry, YamlNode Node)> entries, YamlErrors errors)
    {
        var owner = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        foreach (var (e, node) in entries)
        {
            foreach (var name in e.Aliases.Prepend(e.Id))
            {
                if (!owner.TryAdd(name, e.Id))
                {
                    errors.Add(node, e.Id, $"the id or alias '{name}' is already used by '{owner[name]}'");
                }
            }

            var seenObjectives = new HashSet<string>(StringComparer.Ordinal);
            foreach (var o in e.Objectives)
            {
                if (!seenObjectives.Add(o.Id))
                {
                    errors.Add(node, e.Id + ".objectives", $"the objective id '{o.Id}' appears twice");
                }
            }
        }

        var ids = entries.Select(e => e.Entry.Id).ToHashSet(StringComparer.Ordinal);
        foreach (var (e, node) in entries)
        {
            foreach (var r in e.Requires)
            {
                if (!ids.Contains(r))
                {
                    var near = YamlFields.Nearest(r, ids);
                    errors.Add(node, e.Id + ".requires", $"'{r}' points nowhere: no entry has that id{(near is null ? "" : $"; did you mean '{near}'?")}");
                }
                else if (r == e.Id)
                {
                    errors.Add(node, e.Id + ".requires", "an entry cannot require itself");
                }
            }
        }

        if (errors.Any)
        {
            return;
        }

        var byId = entries.ToDictionary(e => e.Entry.Id, e => e, StringComparer.Ordinal);
        var state = new Dictionary<string, int>(StringComparer.Ordinal); // 1 visiting, 2 done
        foreach (var (e, _) in entries)
        {
            if (FindCycle(e.Id, byId, state, []) is { } cycle)
            {
                errors.Add(byId[cycle[0]].Node, cycle[0] + ".requires", $"prerequisites form a cycle: {string.Join(" -> ", cycle)}");
                return;
            }
        }
    }

    private static List<string>? FindCycle(string id, Dictionary<string, (CatalogueEntry Entry, YamlNode Node)> byId, Dictionary<string, int> state, List<string> stack)
    {
        if (state.TryGetValue(id, out var s))
        {
            if (s == 1)
            {
                var start = stack.IndexOf(id);
                return [.. stack.Skip(start), id];
            }

            return null;
        }

        state[id] = 1;
        stack.Add(id);
        foreach (var r in byId[id].Entry.Requires)
        {
            if (FindCycle(r, byId, state, stack) is { } cycle)
            {
                return cycle;
            }
        }

        stack.RemoveAt(stack.Count - 1);
        state[id] = 2;
        return null;
    }
}
