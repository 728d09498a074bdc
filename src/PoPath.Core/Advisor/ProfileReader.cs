using PoPath.Core.Yaml;
using YamlDotNet.RepresentationModel;

namespace PoPath.Core.Advisor;

/// <summary>Reads a profile from YAML or JSON text and validates it against the catalogue.</summary>
public static class ProfileReader
{
    /// <summary>Largest profile text accepted (a profile is a few hundred bytes).</summary>
    public const int MaxLength = 64 * 1024;

    private static readonly string[] Fields = [.. Profile.FieldNames, "name"];
    private static readonly string[] AccessFields = ["users", "data", "commercial"];

    /// <summary>Parses and validates a profile; <paramref name="source"/> names the file in errors.</summary>
    /// <exception cref="ProfileException">Every problem found, each with line, field and what was expected.</exception>
    public static Profile Parse(string text, string source, Catalogue.Catalogue catalogue)
    {
        if (text.Length > MaxLength)
        {
            throw new ProfileException([$"{source}: {text.Length} characters; a profile is at most {MaxLength}"]);
        }

        var errors = new YamlErrors(source);
        var map = YamlFields.Map(YamlFields.Parse(text, errors), "", errors);
        if (map is null)
        {
            throw new ProfileException(errors.Messages);
        }

        YamlFields.NoUnknown(map, "", Fields, errors);
        var role = YamlFields.String(map, "role", "", errors, required: true);
        var years = YamlFields.Number(map, "years_as_po", "", errors, required: true, 0, 60);
        var knowledge = Choice<ScrumKnowledge>(map, "scrum_knowledge", errors);
        var preference = Choice<LearningPreference>(map, "learning_preference", errors);
        var teams = YamlFields.Number(map, "teams", "", errors, required: false, 0, 1000);
        if (teams is { } t && t != Math.Floor(t))
        {
            errors.Add(YamlFields.Get(map, "teams"), "teams", $"expected a whole number, got {t}");
        }

        var safe = YamlFields.Bool(map, "safe", "", errors, required: true);
        var safeWork = YamlFields.Strings(map, "safe_work", "", errors, required: false, 20);
        var certs = Certifications(map, catalogue, errors);
        var aiNeeds = YamlFields.Strings(map, "ai_needs", "", errors, required: false, 20);
        var access = Access(map, errors);
        var overridden = YamlFields.Bool(map, "priorities_overridden", "", errors, required: false);

        if (errors.Any || role is null || years is null || knowledge is null || preference is null || safe is null
            || safeWork is null || certs is null || aiNeeds is null || access is null)
        {
            throw new ProfileException(errors.Messages);
        }

        return new Profile(role, years.Value, knowledge.Value, preference.Value, teams is null ? null : (int)teams.Value, safe.Value,
            [.. safeWork.Select(s => s.Value)], certs, [.. aiNeeds.Select(a => a.Value).Distinct(StringComparer.OrdinalIgnoreCase)], access, overridden);
    }

    private static T? Choice<T>(YamlMappingNode map, string key, YamlErrors errors)
        where T : struct, Enum
    {
        var text = YamlFields.String(map, key, "", errors, required: false);
        var allowed = string.Join(", ", Enum.GetNames<T>().Select(n => n.ToLowerInvariant()));
        if (text is null)
        {
            errors.Add(YamlFields.Get(map, key) ?? map, key, $"missing; expected one of {allowed}");
            return null;
        }

        if (Enum.TryParse<T>(text, ignoreCase: true, out var value) && !int.TryParse(text, out _))
        {
            return value;
        }

        errors.Add(YamlFields.Get(map, key), key, $"expected one of {allowed}, got '{text}'");
        return null;
    }

    private static List<string>? Certifications(YamlMappingNode map, Catalogue.Catalogue catalogue, YamlErrors errors)
    {
        var list = YamlFields.Strings(map, "certifications", "", errors, required: true, 50);
        if (list is null)
        {
            return null;
        }

        var result = new List<string>();
        var ok = true;
        for (var i = 0; i < list.Count; i++)
        {
            var (value, node) = list[i];
            if (catalogue.Find(value) is { } entry)
            {
                if (!result.Contains(entry.Id))
                {
                    result.Add(entry.Id);
                }
            }
            else
            {
                var near = catalogue.Suggest(value);
                errors.Add(node, $"certifications[{i}]",
                    $"'{value}' is not a catalogue id{(near is null ? "" : $"; did you mean '{near}'?")} (see popath catalog for the ids)");
                ok = false;
            }
        }

        return ok ? result : null;
    }

    private static ProfileAccess? Access(YamlMappingNode map, YamlErrors errors)
    {
        var node = YamlFields.Get(map, "access");
        if (YamlFields.IsNull(node))
        {
            return new ProfileAccess(null, null, null);
        }

        var access = YamlFields.Map(node, "access", errors);
        if (access is null)
        {
            return null;
        }

        YamlFields.NoUnknown(access, "access", AccessFields, errors);
        return new ProfileAccess(
            YamlFields.Bool(access, "users", "access", errors, required: false),
            YamlFields.Bool(access, "data", "access", errors, required: false),
            YamlFields.Bool(access, "commercial", "access", errors, required: false));
    }
}
