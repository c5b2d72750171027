// VS Code client for the HSL language server (hsl-lsp).
//
// The extension starts hsl-lsp as a child process and talks LSP to it over
// stdio. Syntax highlighting, snippets and editor behaviour come from the
// static contributions in package.json and work without the server.

import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import * as vscode from 'vscode';
import {
  Executable,
  LanguageClient,
  LanguageClientOptions,
  ServerOptions,
  TransportKind,
} from 'vscode-languageclient/node';

const CLIENT_ID = 'hsl';
const CLIENT_NAME = 'HSL Language Server';
const DEFAULT_SERVER = 'hsl-lsp';
const PATH_SETTING = 'hsl.server.path';

let client: LanguageClient | undefined;
let output: vscode.OutputChannel | undefined;
let watcher: vscode.FileSystemWatcher | undefined;
// Starts and stops are chained so that quick successive setting changes
// never run two servers at once.
let pending: Promise<void> = Promise.resolve();

/** Called by VS Code when an HSL file is opened or an HSL command is run. */
export function activate(context: vscode.ExtensionContext): void {
  output = vscode.window.createOutputChannel(CLIENT_NAME);
  watcher = vscode.workspace.createFileSystemWatcher('**/*.hsl');
  context.subscriptions.push(output, watcher);

  context.subscriptions.push(
    vscode.commands.registerCommand('hsl.restartServer', () => schedule(restart)),
    vscode.workspace.onDidChangeConfiguration((e) => {
      if (e.affectsConfiguration('hsl.server')) {
        schedule(restart);
      }
    }),
  );

  schedule(start);
}

/** Called by VS Code on shutdown; stops the server cleanly. */
export function deactivate(): Thenable<void> {
  return schedule(stop);
}

function schedule(step: () => Promise<void>): Promise<void> {
  pending = pending.then(step, step);
  return pending;
}

async function restart(): Promise<void> {
  await stop();
  await start();
}

async function stop(): Promise<void> {
  const running = client;
  client = undefined;
  if (!running) {
    return;
  }
  try {
    // dispose() stops the server (shutdown + exit) before releasing the client.
    await running.dispose();
  } catch (err) {
    log(`Stopping the server failed: ${message(err)}`);
  }
}

async function start(): Promise<void> {
  const config = vscode.workspace.getConfiguration('hsl');
  const configured = (config.get<string>('server.path') ?? '').trim() || DEFAULT_SERVER;
  const args = config.get<string[]>('server.args') ?? [];

  const command = resolveServer(configured);
  if (command === undefined) {
    reportMissing(configured);
    return;
  }

  const executable: Executable = { command, args, transport: TransportKind.stdio };
  const serverOptions: ServerOptions = { run: executable, debug: executable };
  const clientOptions: LanguageClientOptions = {
    documentSelector: [
      { scheme: 'file', language: 'hsl' },
      { scheme: 'untitled', language: 'hsl' },
    ],
    outputChannel: output,
    synchronize: { fileEvents: watcher },
  };

  // The client id 'hsl' makes vscode-languageclient honour hsl.trace.server.
  log(`Starting ${command}${args.length ? ' ' + args.join(' ') : ''}`);
  let next: LanguageClient | undefined;
  try {
    next = new LanguageClient(CLIENT_ID, CLIENT_NAME, serverOptions, clientOptions);
    await next.start();
    client = next;
  } catch (err) {
    await next?.dispose().then(undefined, () => undefined);
    if (isNotFound(err)) {
      reportMissing(configured);
    } else {
      reportFailure(command, err);
    }
  }
}

/**
 * Turns the configured server path into something spawn can run.
 * Returns undefined when the binary cannot be found.
 */
function resolveServer(configured: string): string | undefined {
  let candidate = configured;
  if (candidate === '~' || candidate.startsWith('~/') || candidate.startsWith('~\\')) {
    candidate = path.join(os.homedir(), candidate.slice(1));
  }
  if (isBareName(candidate)) {
    return searchPath(candidate);
  }
  if (!path.isAbsolute(candidate)) {
    const folder = vscode.workspace.workspaceFolders?.[0];
    if (folder && folder.uri.scheme === 'file') {
      candidate = path.join(folder.uri.fsPath, candidate);
    }
  }
  return isExecutableFile(candidate) ? candidate : undefined;
}

/** Looks a bare command name up on PATH, honouring PATHEXT on Windows. */
function searchPath(name: string): string | undefined {
  const dirs = (process.env.PATH ?? '').split(path.delimiter).filter((d) => d !== '');
  const exts =
    process.platform === 'win32'
      ? ['', ...(process.env.PATHEXT ?? '.EXE;.CMD;.BAT;.COM').split(';').filter((e) => e !== '')]
      : [''];
  for (const dir of dirs) {
    for (const ext of exts) {
      const full = path.join(dir, name + ext);
      if (isExecutableFile(full)) {
        return full;
      }
    }
  }
  return undefined;
}

function isBareName(command: string): boolean {
  return !command.includes('/') && !command.includes('\\');
}

function isExecutableFile(file: string): boolean {
  try {
    if (!fs.statSync(file).isFile()) {
      return false;
    }
    if (process.platform !== 'win32') {
      fs.accessSync(file, fs.constants.X_OK);
    }
    return true;
  } catch {
    return false;
  }
}

function isNotFound(err: unknown): boolean {
  return typeof err === 'object' && err !== null && (err as { code?: unknown }).code === 'ENOENT';
}

// The notifications below are not awaited by start(): a notification can stay
// open indefinitely, and a restart queued behind it must not wait for it.

function reportMissing(configured: string): void {
  const text = isBareName(configured)
    ? `HSL: the language server "${configured}" was not found on PATH. ` +
      `Install hsl-lsp or set "${PATH_SETTING}" to the full path of the binary.`
    : `HSL: no executable language server at "${configured}". ` +
      `Fix "${PATH_SETTING}" so that it names the hsl-lsp binary.`;
  log(text);
  vscode.window.showErrorMessage(text, 'Open Settings').then((choice) => {
    if (choice === 'Open Settings') {
      vscode.commands.executeCommand('workbench.action.openSettings', PATH_SETTING);
    }
  });
}

function reportFailure(command: string, err: unknown): void {
  const text =
    `HSL: could not start the language server "${command}": ${message(err)}. ` +
    `Check "${PATH_SETTING}" and "hsl.server.args".`;
  log(text);
  vscode.window.showErrorMessage(text, 'Show Log', 'Open Settings').then((choice) => {
    if (choice === 'Show Log') {
      output?.show(true);
    } else if (choice === 'Open Settings') {
      vscode.commands.executeCommand('workbench.action.openSettings', 'hsl.server');
    }
  });
}

function log(line: string): void {
  output?.appendLine(`[${new Date().toISOString()}] ${line}`);
}

function message(err: unknown): string {
  return err instanceof Error ? err.message : String(err);
}
