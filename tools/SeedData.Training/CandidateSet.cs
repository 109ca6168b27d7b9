using System.Collections.Generic;
using System.Text;
using System.Threading;
using SeedData.Generator.Extraction;
using SeedData.Generator.Extraction.Kinds;
using SeedData.Generator.Extraction.Text;
using SeedData.Generator.Model;

namespace SeedData.Training;

/// <summary>
/// A training example: the features of one candidate name, its gold class (<see cref="KindModel"/>
/// numbering), the class the typing rules vote for with the part of the vote (<see cref="KindModel.RuleVote"/>)
/// that training adds to the model's scores, as the build does, and the candidate's identity, by which
/// training orders the examples (<see cref="ExampleIdentity"/>).
/// </summary>
internal sealed record Example(ulong[] Features, int Label, int RuleClass, float RuleVote, ulong Identity);

/// <summary>A unit of an annotated document as the generator sees it: text and the gold names in it, by character.</summary>
internal sealed record AnnotatedUnit(string Text, List<(int Start, int End, EntityKind? Kind)> Names);

/// <summary>
/// Makes annotated documents into what the generator works on (paragraphs of text, tokenized by its
/// own tokenizer), runs its entity recognizer over them and labels every candidate it scores by the
/// gold names: the same candidates and features as at build time, so the model learns where the
/// segmenter and the rules are wrong.
/// </summary>
internal static class CandidateSet
{
    /// <summary>Sentences per paragraph: enough for a name to be seen more than once, as in an article.</summary>
    private const int SentencesPerUnit = 4;

    public static List<AnnotatedUnit> Units(AnnotatedDocument document)
    {
        var units = new List<AnnotatedUnit>();
        for (var s = 0; s < document.Sentences.Count; s += SentencesPerUnit)
        {
            var text = new StringBuilder();
            var names = new List<(int, int, EntityKind?)>();
            for (var k = s; k < document.Sentences.Count && k < s + SentencesPerUnit; k++)
            {
                var sentence = document.Sentences[k];
                var starts = new int[sentence.Tokens.Length + 1];
                for (var t = 0; t < sentence.Tokens.Length; t++)
                {
                    if (text.Length > 0)
                    {
                        text.Append(' ');
                    }

                    starts[t] = text.Length;
                    text.Append(sentence.Tokens[t]);
                }

                starts[sentence.Tokens.Length] = text.Length;
                foreach (var span in sentence.Spans)
                {
                    names.Add((starts[span.Start], starts[span.Start] + Length(sentence, starts, span), span.Kind));
                }
            }

            units.Add(new AnnotatedUnit(text.ToString(), names));
        }

        return units;
    }

    /// <summary>Every scored candidate of one document with its label: the gold kind of the name it overlaps, else "no entity".</summary>
    public static void Collect(AnnotatedDocument document, List<Example> examples)
    {
        var annotated = Units(document);
        var units = ToUnits(annotated);
        var repeats = new Dictionary<(int Unit, int Start, int End), int>();
        EntityRecognizer.Recognize(units, null, null, (candidate, features) =>
        {
            var tokens = candidate.Unit.Tokens;
            var (unit, start, end) = (candidate.Unit.Unit, tokens[candidate.Start].Start, tokens[candidate.End - 1].End);
            var label = Label(annotated[unit], start, end);
            if (label >= 0)
            {
                // A strong rule's vote is not given to training: with it the model learned to overrule the rule where
                // wikigold's conventions differ (airports as organisations), and the team's gold sets fell by 0.02.
                var offset = candidate.RuleWeight == 3 ? 0 : KindModel.RuleVote(candidate.RuleWeight);
                repeats.TryGetValue((unit, start, end), out var repeat);
                repeats[(unit, start, end)] = repeat + 1;
                var identity = ExampleIdentity.Of(document.Id, unit, start, end, repeat);
                examples.Add(new Example(features.ToArray(), label, KindModel.ClassOf(candidate.RuleKind), offset, identity));
            }
        }, CancellationToken.None);
    }

    public static List<UnitTokens> ToUnits(List<AnnotatedUnit> annotated)
    {
        var units = new List<UnitTokens>(annotated.Count);
        for (var u = 0; u < annotated.Count; u++)
        {
            units.Add(new UnitTokens(u, annotated[u].Text, Tokenizer.Tokenize(annotated[u].Text), isParagraph: true, unreliableCase: false));
        }

        return units;
    }

    /// <summary>The class of a candidate at [start, end): the kind of the gold name it overlaps most, 0 when none; -1 for a mention typed as none of ours.</summary>
    private static int Label(AnnotatedUnit unit, int start, int end)
    {
        var best = 0;
        var label = KindModel.NoEntity;
        foreach (var (nameStart, nameEnd, kind) in unit.Names)
        {
            var overlap = System.Math.Min(end, nameEnd) - System.Math.Max(start, nameStart);
            if (overlap > best)
            {
                best = overlap;
                label = kind is { } k ? KindModel.ClassOf(k) : -1;
            }
        }

        return label;
    }

    private static int Length(AnnotatedSentence sentence, int[] starts, GoldSpan span) =>
        starts[span.End - 1] + sentence.Tokens[span.End - 1].Length - starts[span.Start];
}
