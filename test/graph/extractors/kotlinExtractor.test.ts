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

test('kotlin: a class that implements an interface by delegation keeps its body; a functional interface is an interface; a property delegate is left alone', async () => {
  const facts = await extractText(kotlinExtractor, 'android/src/main/java/com/swmansion/rnscreens/ScreenStackHeaderConfig.kt', `package com.swmansion.rnscreens

class ScreenStackHeaderConfig(
    context: Context,
    private val pointerEventsImpl: ReactPointerEventsView = PointerEventsBoxNoneImpl(),
) : FabricEnabledHeaderConfigViewGroup(context), ReactPointerEventsView by pointerEventsImpl {
    /** Sets the header title. */
    fun setTitle(title: String?) {}
    val toolbar by lazy { CustomToolbar(context) }
    fun setBackButtonInCustomView(enabled: Boolean) {}
}

fun interface OnActivityAvailableListener {
    fun onActivityAvailable(activity: Activity)
}
`);
  assert.equal(facts.hasErrors, undefined);
  assert.deepEqual(symbolList(facts), [
    'OnActivityAvailableListener interface exported',
    'OnActivityAvailableListener.onActivityAvailable method exported',
    'ScreenStackHeaderConfig class exported',
    'ScreenStackHeaderConfig.setBackButtonInCustomView method exported',
    'ScreenStackHeaderConfig.setTitle method exported',
  ]);
  assert.equal(docOf(facts, 'setTitle'), 'Sets the header title.');
});

test('kotlin: documented, overriding and accessor-backed member properties are API; plain and private state is not', async () => {
  const facts = await extractText(kotlinExtractor, 'android/src/main/java/com/swmansion/rnscreens/TabScreen.kt', `package com.swmansion.rnscreens

class TabScreen : ViewGroup() {
    /** The text of the badge shown over the tab's icon. */
    var badgeValue: String? = null
    var iconResource: Int = 0
        set(value) { field = value; update() }
    override val isOpaque: Boolean get() = true
    private var cache = 0
    var plain = 1
}
`);
  assert.deepEqual(symbolList(facts), [
    'TabScreen class exported',
    'TabScreen.badgeValue property exported',
    'TabScreen.iconResource property exported',
    'TabScreen.isOpaque property exported',
  ]);
  assert.equal(docOf(facts, 'badgeValue'), "The text of the badge shown over the tab's icon.");
});
