using System;
using System.Collections.Generic;
using System.CommandLine;
using System.IO;
using System.Linq;
using System.Reflection;
using SeedData.Tool.Check;
using SeedData.Tool.Export;
using SeedData.Tool.Pipeline;
using SeedData.Tool.Report;

namespace SeedData.Tool;

/// <summary>
/// <c>seeddata</c>: check, export and report on a folder of seeds with the generator's own code.
/// Exit codes: 0 done (no errors), 1 the seeds have errors (check) or the folder cannot be read, 2 bad usage.
/// </summary>
internal static class Program
{
    public const int Success = 0;
    public const int Errors = 1;
    public const int Usage = 2;

    private static int Main(string[] args)
    {
        var root = BuildCommand();
        var parsed = root.Parse(args);
        if (parsed.Errors.Count > 0)
        {
            foreach (var error in parsed.Errors)
            {
                Console.Error.WriteLine("seeddata: " + error.Message);
            }

            Console.Error.WriteLine("Run 'seeddata --help' for usage.");
            return Usage;
        }

        try
        {
            return parsed.Invoke(new InvocationConfiguration { EnableDefaultExceptionHandler = false });
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
        {
            // An output that cannot be written (no such folder, no permission): say so, without a stack trace.
            Console.Error.WriteLine("seeddata: " + exception.Message);
            return Errors;
        }
    }

    public static string Version { get; } =
        typeof(Program).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion.Split('+')[0] ?? "0.0.0";

    private static RootCommand BuildCommand()
    {
        var root = new RootCommand("seeddata: see what SeedData makes of a folder of seeds, without building a project.\nThe same reading, extraction and checks as the build (the SeedData generator's own code).");
        root.Subcommands.Add(CheckCommand());
        root.Subcommands.Add(ExportCommand());
        root.Subcommands.Add(ReportCommand());
        return root;
    }

    private sealed class CommonOptions
    {
        public Argument<string> Folder { get; } = new("FOLDER")
        {
            Description = "The seeds folder (every *.txt under it is a seed, as SeedDataFolder/SeedDataSeeds)",
            DefaultValueFactory = _ => "seeds",
        };

        public Option<string?> Gazetteer { get; } = new("--gazetteer")
        {
            Description = "The user gazetteer (default: gazetteer.txt in the folder, when it exists)",
            HelpName = "FILE",
        };

        public Option<string[]> Properties { get; } = new("--property", "-p")
        {
            Description = "An MSBuild property the project sets, as NAME=VALUE (SeedDataNamespace, SeedDataMaxSeedLength, SeedDataNameSource)",
            HelpName = "NAME=VALUE",
            AllowMultipleArgumentsPerToken = false,
        };

        public void AddTo(Command command)
        {
            command.Arguments.Add(Folder);
            command.Options.Add(Gazetteer);
            command.Options.Add(Properties);
        }

        /// <summary>Runs the pipeline; on failure writes why and returns null with the exit code.</summary>
        public CorpusRun? Run(ParseResult parse, out int exitCode)
        {
            exitCode = Success;
            var properties = new Dictionary<string, string>(StringComparer.Ordinal);
            foreach (var property in parse.GetValue(Properties) ?? Array.Empty<string>())
            {
                var equals = property.IndexOf('=');
                if (equals <= 0)
                {
                    Console.Error.WriteLine("seeddata: --property '" + property + "' is not NAME=VALUE.");
                    exitCode = Usage;
                    return null;
                }

                properties[property.Substring(0, equals).Trim()] = property.Substring(equals + 1);
            }

            try
            {
                using var progress = ProgressReporter.Start();
                return CorpusRun.Run(new CorpusInput(parse.GetValue(Folder)!, parse.GetValue(Gazetteer), properties), progress.Report);
            }
            catch (IOException exception)
            {
                Console.Error.WriteLine("seeddata: " + exception.Message);
                exitCode = Usage;
                return null;
            }
            catch (UnauthorizedAccessException exception)
            {
                Console.Error.WriteLine("seeddata: " + exception.Message);
                exitCode = Errors;
                return null;
            }
        }
    }

    private static Command CheckCommand()
    {
        var common = new CommonOptions();
        var format = new Option<string>("--format")
        {
            Description = "text: the compiler's format, path(line,col): warning SEED0003: message; sarif: SARIF 2.1.0",
            DefaultValueFactory = _ => "text",
        };
        format.AcceptOnlyFromAmong("text", "sarif");
        var output = new Option<string?>("--output", "-o") { Description = "Write the SARIF log (or the text) to this file instead of the standard output", HelpName = "FILE" };
        var warnAsError = new Option<bool>("--warnaserror") { Description = "Treat every warning as an error (TreatWarningsAsErrors)" };
        var warningsAsErrors = new Option<string[]>("--warnaserror-id") { Description = "Treat these warnings as errors (WarningsAsErrors), e.g. SEED0003", HelpName = "ID" };
        var noWarn = new Option<string[]>("--nowarn") { Description = "Do not report these diagnostics (NoWarn), e.g. SEED0011", HelpName = "ID" };
        var globalConfig = new Option<string?>("--globalconfig") { Description = "Read dotnet_diagnostic.SEEDxxxx.severity lines from this .globalconfig", HelpName = "FILE" };

        var command = new Command("check", "Report every SEED diagnostic a build would give for the seeds. Exit code 0 without errors, 1 with errors, 2 on bad usage.");
        common.AddTo(command);
        command.Options.Add(format);
        command.Options.Add(output);
        command.Options.Add(warnAsError);
        command.Options.Add(warningsAsErrors);
        command.Options.Add(noWarn);
        command.Options.Add(globalConfig);
        command.SetAction(parse =>
        {
            var severities = new SeverityOptions { TreatWarningsAsErrors = parse.GetValue(warnAsError) };
            foreach (var id in Ids(parse.GetValue(warningsAsErrors)))
            {
                severities.WarningAsError(id);
            }

            foreach (var id in Ids(parse.GetValue(noWarn)))
            {
                severities.NoWarn(id);
            }

            if (parse.GetValue(globalConfig) is { } config)
            {
                if (!File.Exists(config))
                {
                    Console.Error.WriteLine("seeddata: the .globalconfig '" + config + "' does not exist.");
                    return Usage;
                }

                foreach (var problem in severities.ReadGlobalConfig(config))
                {
                    Console.Error.WriteLine("seeddata: " + problem);
                }
            }

            var run = common.Run(parse, out var exitCode);
            if (run is null)
            {
                return exitCode;
            }

            var diagnostics = CheckedDiagnostic.From(run, severities);
            var errors = CheckedDiagnostic.ErrorCount(diagnostics);
            var path = parse.GetValue(output);
            if (parse.GetValue(format) == "sarif")
            {
                using var stream = path is null ? Console.OpenStandardOutput() : File.Create(path);
                SarifWriter.Write(stream, diagnostics, Version, run.HelpLinkBase);
            }
            else
            {
                using var writer = path is null ? null : new StreamWriter(path);
                var target = writer ?? Console.Out;
                foreach (var diagnostic in diagnostics)
                {
                    target.WriteLine(diagnostic.Format());
                }
            }

            var warnings = diagnostics.Count(d => d.Severity == Microsoft.CodeAnalysis.ReportDiagnostic.Warn);
            Console.Error.WriteLine(
                "seeddata: " + run.SeedCount + " seed(s), " + run.Articles.Count + " article(s): " + errors + " error(s), " + warnings + " warning(s).");
            return errors > 0 ? Errors : Success;
        });
        return command;
    }

    private static Command ExportCommand()
    {
        var common = new CommonOptions();
        var format = new Option<string>("--format")
        {
            Description = "json: one document; jsonl: one article or entity a line; jsonld: JSON-LD with schema.org",
            DefaultValueFactory = _ => "json",
        };
        format.AcceptOnlyFromAmong("json", "jsonl", "jsonld");
        var output = new Option<string?>("--output", "-o") { Description = "Write to this file instead of the standard output", HelpName = "FILE" };

        var command = new Command("export", "Write the whole dataset (articles, sections, quotes with speakers, entities) as data. The same seeds give the same bytes.");
        common.AddTo(command);
        command.Options.Add(format);
        command.Options.Add(output);
        command.SetAction(parse =>
        {
            var run = common.Run(parse, out var exitCode);
            if (run is null)
            {
                return exitCode;
            }

            var chosen = parse.GetValue(format) switch
            {
                "jsonl" => ExportFormat.Jsonl,
                "jsonld" => ExportFormat.Jsonld,
                _ => ExportFormat.Json,
            };
            var path = parse.GetValue(output);
            using (var stream = path is null ? Console.OpenStandardOutput() : File.Create(path))
            {
                JsonExporter.Write(stream, Dataset.From(run), chosen);
            }

            ReportErrors(run);
            return Success;
        });
        return command;
    }

    private static Command ReportCommand()
    {
        var common = new CommonOptions();
        var output = new Option<string>("--output", "-o") { Description = "The HTML file to write", HelpName = "FILE", DefaultValueFactory = _ => "report.html" };

        var command = new Command("report", "Write one self-contained HTML page (no network): summary, articles with their quotes and speakers, entity index with search, diagnostics, charts.");
        common.AddTo(command);
        command.Options.Add(output);
        command.SetAction(parse =>
        {
            var run = common.Run(parse, out var exitCode);
            if (run is null)
            {
                return exitCode;
            }

            var path = parse.GetValue(output)!;
            var diagnostics = CheckedDiagnostic.From(run, new SeverityOptions());
            File.WriteAllText(path, HtmlReport.Render(run, Dataset.From(run), diagnostics, Version), new System.Text.UTF8Encoding(false));
            Console.Error.WriteLine("seeddata: wrote " + path + " (" + run.Articles.Count + " article(s)).");
            return Success;
        });
        return command;
    }

    /// <summary>Export and report still write what could be read; errors are said on the standard error.</summary>
    private static void ReportErrors(CorpusRun run)
    {
        var errors = CheckedDiagnostic.From(run, new SeverityOptions()).Where(d => d.IsError).ToList();
        if (errors.Count > 0)
        {
            Console.Error.WriteLine("seeddata: " + errors.Count + " seed error(s); those seeds are not in the dataset (run 'seeddata check').");
        }
    }

    private static IEnumerable<string> Ids(string[]? values) =>
        (values ?? Array.Empty<string>()).SelectMany(v => v.Split(new[] { ',', ';' }, StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries));
}
