using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Diagnostics;
using System.IO;
using System.Text;
using System.Text.Json.Nodes;
using System.Threading;
using System.Threading.Tasks;
using SeedData.Testing;

namespace SeedData.IdeTests.Infrastructure;

/// <summary>
/// A minimal Language Server Protocol client over a server's stdin/stdout: JSON-RPC messages framed
/// with Content-Length headers. It answers the server's own requests (configuration, capability
/// registration, progress tokens) with empty results so the server never waits on it.
/// </summary>
public sealed class LspClient : IAsyncDisposable
{
    private readonly Process _process;
    private readonly Stream _input;
    private readonly Stream _output;
    private readonly ConcurrentDictionary<int, TaskCompletionSource<JsonNode?>> _pending = new();
    private readonly SemaphoreSlim _writeLock = new(1, 1);
    private readonly StringBuilder _log = new();
    private int _nextId;

    private LspClient(Process process)
    {
        _process = process;
        _input = process.StandardInput.BaseStream;
        _output = process.StandardOutput.BaseStream;
        // Runs until the server's output closes; it catches its own end-of-stream errors, so nothing awaits it.
        _ = Task.Run(ReadLoopAsync);
        process.ErrorDataReceived += (_, e) => Log("stderr: " + e.Data);
        process.BeginErrorReadLine();
    }

    /// <summary>The server's log messages and stderr, for failure messages.</summary>
    public string Transcript
    {
        get
        {
            lock (_log)
            {
                return _log.ToString();
            }
        }
    }

    /// <summary>Starts <paramref name="fileName"/> with <paramref name="arguments"/> as a language server.</summary>
    public static LspClient Start(string fileName, IEnumerable<string> arguments, string workingDirectory)
    {
        var start = ChildProcess.StartInfo(fileName, workingDirectory, arguments);
        start.RedirectStandardInput = true;
        return new LspClient(Process.Start(start) ?? throw new InvalidOperationException("could not start " + fileName));
    }

    public async Task<JsonNode?> RequestAsync(string method, JsonNode? parameters, TimeSpan timeout)
    {
        var id = Interlocked.Increment(ref _nextId);
        var response = new TaskCompletionSource<JsonNode?>(TaskCreationOptions.RunContinuationsAsynchronously);
        _pending[id] = response;
        await SendAsync(new JsonObject { ["jsonrpc"] = "2.0", ["id"] = id, ["method"] = method, ["params"] = parameters });

        var finished = await Task.WhenAny(response.Task, Task.Delay(timeout));
        if (finished != response.Task)
        {
            _pending.TryRemove(id, out _);
            throw new TimeoutException($"{method} got no answer within {timeout.TotalSeconds:F0} s. Server log:\n{Transcript}");
        }

        return await response.Task;
    }

    public Task NotifyAsync(string method, JsonNode? parameters) =>
        SendAsync(new JsonObject { ["jsonrpc"] = "2.0", ["method"] = method, ["params"] = parameters });

    public async ValueTask DisposeAsync()
    {
        try
        {
            if (!_process.HasExited)
            {
                await RequestAsync("shutdown", null, TimeSpan.FromSeconds(10));
                await NotifyAsync("exit", null);
                using var exited = new CancellationTokenSource(TimeSpan.FromSeconds(10));
                await _process.WaitForExitAsync(exited.Token);
            }
        }
        catch (Exception exception) when (exception is TimeoutException or OperationCanceledException or IOException or InvalidOperationException)
        {
            // Falls through to the kill below: a server that will not stop must not outlive the test.
        }
        finally
        {
            if (!_process.HasExited)
            {
                _process.Kill(entireProcessTree: true);
            }

            _process.Dispose();
        }
    }

    private async Task SendAsync(JsonObject message)
    {
        var body = Encoding.UTF8.GetBytes(message.ToJsonString());
        var header = Encoding.ASCII.GetBytes("Content-Length: " + body.Length + "\r\n\r\n");
        await _writeLock.WaitAsync();
        try
        {
            await _input.WriteAsync(header);
            await _input.WriteAsync(body);
            await _input.FlushAsync();
        }
        finally
        {
            _writeLock.Release();
        }
    }

    private async Task ReadLoopAsync()
    {
        try
        {
            while (await ReadMessageAsync() is { } message)
            {
                await HandleAsync(message);
            }
        }
        catch (Exception exception) when (exception is IOException or ObjectDisposedException)
        {
            Log("reader stopped: " + exception.Message);
        }

        foreach (var pending in _pending.Values)
        {
            pending.TrySetException(new IOException("The language server closed its output. Server log:\n" + Transcript));
        }
    }

    private async Task HandleAsync(JsonObject message)
    {
        var hasId = message.TryGetPropertyValue("id", out var id) && id is not null;
        var method = (string?)message["method"];
        if (method is null && hasId)
        {
            if (_pending.TryRemove((int)id!, out var response))
            {
                if (message["error"] is { } error)
                {
                    response.TrySetException(new InvalidOperationException("LSP error: " + error.ToJsonString()));
                }
                else
                {
                    response.TrySetResult(message["result"]);
                }
            }

            return;
        }

        if (method is "window/logMessage" or "window/showMessage")
        {
            Log((string?)message["params"]?["message"] ?? string.Empty);
        }

        if (hasId)
        {
            // A request from the server. workspace/configuration wants one item per requested section.
            JsonNode? result = null;
            if (method == "workspace/configuration" && message["params"]?["items"] is JsonArray items)
            {
                var empty = new JsonArray();
                for (var i = 0; i < items.Count; i++)
                {
                    empty.Add(null);
                }

                result = empty;
            }

            await SendAsync(new JsonObject { ["jsonrpc"] = "2.0", ["id"] = id!.DeepClone(), ["result"] = result });
        }
    }

    private async Task<JsonObject?> ReadMessageAsync()
    {
        var length = -1;
        while (true)
        {
            var line = await ReadHeaderLineAsync();
            if (line is null)
            {
                return null;
            }

            if (line.Length == 0)
            {
                break;
            }

            if (line.StartsWith("Content-Length:", StringComparison.OrdinalIgnoreCase))
            {
                length = int.Parse(line.Substring("Content-Length:".Length).Trim(), System.Globalization.CultureInfo.InvariantCulture);
            }
        }

        var body = new byte[length];
        await _output.ReadExactlyAsync(body);
        return JsonNode.Parse(body)!.AsObject();
    }

    private async Task<string?> ReadHeaderLineAsync()
    {
        var bytes = new List<byte>();
        var one = new byte[1];
        while (true)
        {
            if (await _output.ReadAsync(one) == 0)
            {
                return null;
            }

            if (one[0] == '\n')
            {
                return Encoding.ASCII.GetString(bytes.ToArray()).TrimEnd('\r');
            }

            bytes.Add(one[0]);
        }
    }

    private void Log(string? line)
    {
        if (line is null)
        {
            return;
        }

        lock (_log)
        {
            _log.AppendLine(line);
        }
    }
}
