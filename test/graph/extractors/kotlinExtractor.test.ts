import assert from 'node:assert/strict';
import { test } from 'node:test';
import { kotlinExtractor } from '../../../src/graph/extractors/kotlin/kotlinExtractor.ts';
import { docOf, extractText, importList, symbolList } from './extractText.ts';

const source = `/** Shipping module. */
package com.acme.shipping

import com.acme.core.Address
import kotlinx.coroutines.*
import com.acme.util.Log as Logger

/**
 * Computes shipping rates.
 */
class RateCalculator(private val zone: String) {
    /** Computes a rate. */
    fun rate(weight: Double): Double {
        return weight * 2
    }

    private fun secret() {
    }
}

interface Carrier {
    fun ship()
}

data class Parcel(val weight: Double)

object Registry {
    val items = mutableListOf<String>()
}

enum class Speed {
    FAST,
    SLOW
}

typealias Rates = Map<String, Double>

fun topLevel(): Int {
    return 1
}

private fun hiddenTop() {
}

internal class InternalThing {
}

const val MAX = 10
`;

test('kotlin: declared symbols with kinds, exported flags and containers', async () => {
  const facts = await extractText(kotlinExtractor, 'shipping/src/main/kotlin/RateCalculator.kt', source);
  assert.equal(facts.language, 'kotlin');
  assert.equal(facts.hasErrors, undefined);
  assert.deepEqual(symbolList(facts), [
    'Carrier interface exported',
    'Carrier.ship method exported',
    'InternalThing class exported',
    'MAX constant exported',
    'Parcel class exported',
    'RateCalculator class exported',
    'RateCalculator.rate method exported',
    'RateCalculator.secret method',
    'Rates type exported',
    'Registry class exported',
    'Speed enum exported',
    'hiddenTop function',
    'topLevel function exported',
  ]);
});

test('kotlin: imports and package', async () => {
  const facts = await extractText(kotlinExtractor, 'shipping/src/main/kotlin/RateCalculator.kt', source);
  assert.deepEqual(importList(facts), [
    'qualified com.acme.core.Address',
    'qualified com.acme.util.Log',
    'qualified kotlinx.coroutines.*',
  ]);
  assert.equal(facts.packageName, 'com.acme.shipping');
});

test('kotlin: doc comments on declarations and the file', async () => {
  const facts = await extractText(kotlinExtractor, 'shipping/src/main/kotlin/RateCalculator.kt', source);
  assert.equal(docOf(facts, 'RateCalculator'), 'Computes shipping rates.');
  assert.equal(docOf(facts, 'rate'), 'Computes a rate.');
  assert.deepEqual(facts.docComments, ['Shipping module.']);
});
