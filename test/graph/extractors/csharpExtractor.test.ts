import assert from 'node:assert/strict';
import { test } from 'node:test';
import { csharpExtractor } from '../../../src/graph/extractors/csharp/csharpExtractor.ts';
import { docOf, extractText, importList, symbolList } from './extractText.ts';

const source = `// Order processing service.
using System;
using System.Collections.Generic;
using static System.Math;
using Alias = Acme.Core.Thing;

namespace Acme.Orders
{
    /// <summary>Processes orders.</summary>
    public class OrderProcessor : IProcessor
    {
        /// <summary>Processes one order.</summary>
        public void Process(Order order) { }
        private void Helper() { }
        public string Name { get; set; }
    }

    public interface IProcessor
    {
        void Process(Order order);
    }

    internal struct OrderId { }
    public enum Status { Open, Closed }
    public record Order(int Id);
}
`;

test('csharp: declared symbols with kinds, exported flags and containers', async () => {
  const facts = await extractText(csharpExtractor, 'Orders/OrderProcessor.cs', source);
  assert.equal(facts.language, 'c_sharp');
  assert.equal(facts.hasErrors, undefined);
  assert.deepEqual(symbolList(facts), [
    'IProcessor interface exported',
    'IProcessor.Process method exported',
    'Order class exported',
    'OrderId struct exported',
    'OrderProcessor class exported',
    'OrderProcessor.Helper method',
    'OrderProcessor.Name property exported',
    'OrderProcessor.Process method exported',
    'Status enum exported',
  ]);
});

test('csharp: imports and package', async () => {
  const facts = await extractText(csharpExtractor, 'Orders/OrderProcessor.cs', source);
  assert.deepEqual(importList(facts), [
    'qualified Acme.Core.Thing',
    'qualified System',
    'qualified System.Collections.Generic',
    'qualified System.Math',
    // Type names are the classes of the enclosing namespaces they may be, innermost first.
    'type Acme.Orders.IProcessor|Acme.IProcessor',
    'type Acme.Orders.Order|Acme.Order',
  ]);
  assert.equal(facts.packageName, 'Acme.Orders');
});

test('csharp: type names in signatures, where a child namespace sees its parents\' types without a using', async () => {
  const code = `namespace Acme.Json.Linq
{
    public class JObject : JContainer, IDictionary<string, JToken>
    {
        private Formatting _format;
        public JObject(JsonLoadSettings settings) { }
        public JsonReader Read(JsonSerializer s, int n) { var w = new JTokenWriter(); return w.Reader; }
        public JProperty? First { get; }
    }
}
`;
  const facts = await extractText(csharpExtractor, 'Linq/JObject.cs', code);
  const types = importList(facts).filter((i) => i.startsWith('type ')).map((i) => i.slice(5).split('|')[0]?.split('.').pop());
  // Base types, field, constructor and method parameters, return and property types; bodies are not read (JTokenWriter).
  assert.deepEqual(types.sort(), ['Formatting', 'IDictionary', 'JContainer', 'JProperty', 'JToken', 'JsonLoadSettings', 'JsonReader', 'JsonSerializer']);
  assert.ok(importList(facts).includes('type Acme.Json.Linq.JsonReader|Acme.Json.JsonReader|Acme.JsonReader'));
});

test('csharp: doc comments on declarations and the file', async () => {
  const facts = await extractText(csharpExtractor, 'Orders/OrderProcessor.cs', source);
  assert.equal(docOf(facts, 'OrderProcessor'), 'Processes orders.');
  assert.equal(docOf(facts, 'Process'), 'Processes one order.');
  assert.deepEqual(facts.docComments, ['Order processing service.']);
});

test('csharp: code commented out above the code is no file doc; a doc comment with an example stays', async () => {
  const facts = await extractText(csharpExtractor, 'Native/NativeProgressDialog.cs', `/*
  Copyright (C) 2003-2021 Someone
  This program is free software; you can redistribute it.
*/

/*
using System;
using System.Runtime.InteropServices;

namespace KeePass.Native
{
	[Flags]
	internal enum ProgDlgF : uint
	{
		Normal = 0x00000000,
	}
}
*/

namespace KeePass.Native
{
	/// <summary>Shows progress of a long task.</summary>
	/// <example>
	/// var d = new ProgressShim();
	/// d.Start();
	/// d.Stop();
	/// </example>
	public sealed class ProgressShim { }
}
`);
  assert.deepEqual(facts.docComments, []);
  assert.match(docOf(facts, 'ProgressShim') ?? '', /Shows progress of a long task/);
});

test('csharp: attribute lines count as code in a block commented out', async () => {
  const facts = await extractText(csharpExtractor, 'Native/Flags.cs', `/*
[Flags]
[Serializable]
internal enum ProgDlgF : uint
{
	Normal = 0x00000000,
}
*/

namespace KeePass.Native
{
	public sealed class Shim { }
}
`);
  assert.deepEqual(facts.docComments, []);
});

test('c#: primary constructors, params collections and collection expressions (C# 12 and 13) parse with the class around them', async () => {
  const facts = await extractText(csharpExtractor, 'API/Controllers/PluginController.cs', `namespace API.Controllers;

/// <summary>Serves plugins.</summary>
public class PluginController(IUnitOfWork unitOfWork, ILogger<PluginController> logger) : BaseApiController
{
    [ResponseCache(CacheProfileName = "Images", VaryByQueryKeys = ["chapterId", "apiKey"])]
    public ActionResult Authenticate(string apiKey) => Ok();

    private readonly List<int> _ids = [];

    public static void Enrich(params ReadOnlySpan<ILogEventEnricher> enrichers) { }
}

public readonly struct PathMap(string path, int depth)
{
    public string Path => path;
}
`);
  assert.equal(facts.hasErrors, undefined);
  assert.deepEqual(symbolList(facts), [
    'PathMap struct exported',
    'PathMap.Path property exported',
    'PluginController class exported',
    'PluginController.Authenticate method exported',
    'PluginController.Enrich method exported',
  ]);
  assert.equal(docOf(facts, 'PluginController'), 'Serves plugins.');
});
