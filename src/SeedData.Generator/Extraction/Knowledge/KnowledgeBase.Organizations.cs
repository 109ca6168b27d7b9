using System;
using System.Collections.Generic;
using SeedData.Generator.Model;

namespace SeedData.Generator.Extraction.Knowledge;

/// <summary>Reading the hand-written names of organisations, events and regions (organizations.txt, companies.txt, press.txt, teams.txt, national-sides.txt).</summary>
internal sealed partial class KnowledgeBase
{
    /// <summary>How organizations.txt and press.txt write a name known only after the article: "the Times".</summary>
    public const string AfterArticle = "the ";

    /// <summary>The words of the names written "the Times", so the recognizer builds the "the X" key only for them, not for every name after "the".</summary>
    private readonly HashSet<string> _afterArticleWords = new(StringComparer.OrdinalIgnoreCase);

    /// <summary>Whether some name is known only after the article with this word: "Times" of "the Times".</summary>
    public bool IsAfterArticleWord(string word) => _afterArticleWords.Contains(word);

    /// <summary>
    /// Lines <c>Name | alias | alias</c>, optionally prefixed by <c>Other:</c>, <c>Location:</c> or <c>Person:</c>; the first
    /// name is the entity's. A name written "the Times" is a key only with its article (<see cref="AfterArticle"/>).
    /// </summary>
    private void LoadOrganizations(string file)
    {
        foreach (var line in Lines(file))
        {
            var kind = EntityKind.Organization;
            var text = line;
            foreach (var (prefix, prefixKind) in new[] { ("Other:", EntityKind.Other), ("Location:", EntityKind.Location), ("Person:", EntityKind.Person) })
            {
                if (text.StartsWith(prefix, StringComparison.Ordinal))
                {
                    kind = prefixKind;
                    text = text.Substring(prefix.Length);
                }
            }

            var names = Split(text);
            var aliases = new string[names.Length - 1];
            Array.Copy(names, 1, aliases, 0, aliases.Length);
            if (!names[0].StartsWith(AfterArticle, StringComparison.Ordinal))
            {
                AddIfNew(new KnownEntity(names[0], kind, aliases, null, isCountry: false));
            }
            else if (!_byName.ContainsKey(Key(names[0])))
            {
                // "the Times": a name that alone is an English word is known only right after the article (the recognizer's
                // Find), so the bare word is no key; the article is not part of the name.
                var entity = new KnownEntity(names[0].Substring(AfterArticle.Length), kind, aliases, null, isCountry: false);
                Register(names[0], entity);
                foreach (var alias in aliases)
                {
                    Register(alias, entity);
                }
            }

            foreach (var name in names)
            {
                if (name.StartsWith(AfterArticle, StringComparison.Ordinal))
                {
                    _firstWords.Add(FirstWord(Key(name.Substring(AfterArticle.Length))));
                    _afterArticleWords.Add(name.Substring(AfterArticle.Length));
                }
            }
        }
    }
}
