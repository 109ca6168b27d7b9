using System;
using System.IO;
using System.Runtime.CompilerServices;
using Xunit.Sdk;

namespace SeedData.Tests.Infrastructure;

/// <summary>
/// Snapshot files in the convention of Verify: <c>Name.verified.cs</c> is committed next to the test;
/// a mismatch writes <c>Name.received.cs</c> (git-ignored) beside it and fails. To accept the received
/// output, run the tests with <c>SEEDDATA_ACCEPT=1</c>, review the diff, and commit.
/// </summary>
public static class Snapshot
{
    public const string AcceptVariable = "SEEDDATA_ACCEPT";

    public static void Match(string actual, string name, [CallerFilePath] string testFile = "")
    {
        var folder = Path.Combine(Path.GetDirectoryName(testFile)!, "Snapshots");
        var verified = Path.Combine(folder, name + ".verified.cs");
        var received = Path.Combine(folder, name + ".received.cs");
        actual = actual.Replace("\r\n", "\n");

        if (File.Exists(verified) && File.ReadAllText(verified).Replace("\r\n", "\n") == actual)
        {
            File.Delete(received);
            return;
        }

        Directory.CreateDirectory(folder);
        if (Environment.GetEnvironmentVariable(AcceptVariable) == "1")
        {
            File.WriteAllText(verified, actual);
            File.Delete(received);
            return;
        }

        File.WriteAllText(received, actual);
        throw new XunitException(
            File.Exists(verified)
                ? $"Snapshot {name} differs: compare {received} with {verified}; set {AcceptVariable}=1 to accept."
                : $"Snapshot {name} is new: review {received}; set {AcceptVariable}=1 to accept it.");
    }
}
