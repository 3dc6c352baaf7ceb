import assert from 'node:assert/strict';
import { test } from 'node:test';
import { extractorFor } from '../../../src/graph/extractors/extractorRegistry.ts';
import { fsharpExtractor } from '../../../src/graph/extractors/fsharp/fsharpExtractor.ts';
import { docOf, extractText, importList, symbolList } from './extractText.ts';

// Giraffe's layout: a namespace, modules opened by `=`, XML doc comments, locals deeper than the module's body.
const routing = `namespace Giraffe

[<RequireQualifiedAccess>]
module SubRouting =
    open Microsoft.AspNetCore.Http

    [<Literal>]
    let private RouteKey = "giraffe_route"

    let getSavedPartialPath (ctx: HttpContext) =
        let local = ctx.Items
        match local.TryGetValue RouteKey with
        | true, route -> Some route
        | false, _ -> None

/// <summary>
/// Routing handlers: <see cref="HttpHandler"/> filters by path.
/// </summary>
[<AutoOpen>]
module Routing =
    open Giraffe.FormatExpressions

    /// <summary>
    /// Filters an incoming HTTP request based on the port.
    /// </summary>
    /// <param name="fns">List of port mappings</param>
    let routePorts (fns: (int * HttpHandler) list) : HttpHandler =
        fun next ctx -> next ctx

    let routeBind<'T> (route: string) = route

    let (>=>) = compose

    let rec private parse value =
        value
    and parseList
        (values: string list) = values

    type RouteOptions =
        { CaseInsensitive: bool }
        member this.Describe() = "options"
        static member Default = { CaseInsensitive = false }

    let defaultTimeout = 30
`;

test('fsharp: namespace as package, modules, top-level bindings and types with their members, XML docs', async () => {
  const file = await extractText(fsharpExtractor, 'src/Giraffe/Routing.fs', routing);
  assert.equal(file.packageName, 'Giraffe');
  assert.deepEqual(symbolList(file), [
    'RouteOptions.Default method exported',
    'RouteOptions.Describe method exported',
    'Routing module exported',
    'Routing.>=> variable exported',
    'Routing.RouteOptions class exported',
    'Routing.defaultTimeout variable exported',
    'Routing.parse function',
    'Routing.parseList function exported',
    'Routing.routeBind function exported',
    'Routing.routePorts function exported',
    'SubRouting module exported',
    'SubRouting.getSavedPartialPath function exported',
  ]);
  assert.equal(docOf(file, 'routePorts'), 'Filters an incoming HTTP request based on the port.');
  assert.equal(docOf(file, 'Routing'), 'Routing handlers: HttpHandler filters by path.');
  assert.deepEqual(file.docComments, ['Routing handlers: HttpHandler filters by path.']);
  assert.deepEqual(importList(file), ['qualified Giraffe.FormatExpressions', 'qualified Microsoft.AspNetCore.Http']);
});

test('fsharp: a top-level module names the package by its prefix; comments and strings declare nothing', async () => {
  const source = [
    '/// Core types of the library.',
    'module Giraffe.Core',
    '',
    'open System',
    '',
    '(*',
    'let commentedOut = 1',
    '*)',
    'let text = """',
    'let insideString = 2',
    '"""',
    'type internal Hidden = int',
    'exception ParseError of string',
    'let warbler f = f',
    '',
  ].join('\n');
  const file = await extractText(fsharpExtractor, 'src/Giraffe/Core.fs', source);
  assert.equal(file.packageName, 'Giraffe');
  assert.deepEqual(symbolList(file), ['Core module exported', 'Core.Hidden class', 'Core.ParseError class exported', 'Core.text variable exported', 'Core.warbler function exported']);
  assert.deepEqual(file.docComments, ['Core types of the library.']);
  assert.equal(extractorFor('src/App.fs'), fsharpExtractor);
  assert.equal(extractorFor('build.fsx'), fsharpExtractor);
  assert.equal(extractorFor('src/App.fsi'), fsharpExtractor);
});
