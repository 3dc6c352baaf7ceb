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

test('kotlin: declared symbols with kinds, exported flags and containers (internal is not exported)', async () => {
  const facts = await extractText(kotlinExtractor, 'shipping/src/main/kotlin/RateCalculator.kt', source);
  assert.equal(facts.language, 'kotlin');
  assert.equal(facts.hasErrors, undefined);
  assert.deepEqual(symbolList(facts), [
    'Carrier interface exported',
    'Carrier.ship method exported',
    'InternalThing class', // internal: visible to its own module only
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

test('kotlin: top-level properties are constants only when const or a literal; extension and computed ones are properties', async () => {
  const facts = await extractText(kotlinExtractor, 'core/src/Debug.kt', `package kotlinx.coroutines

const val DEBUG_PROPERTY_NAME = "kotlinx.coroutines.debug"
val DEFAULT_TIMEOUT: Long = -1L
val GREETING = "Hello, $name"
val DefaultDelay: Delay = DefaultExecutor
var counter = 0
val Any.hexAddress: String
    get() = Integer.toHexString(System.identityHashCode(this))
val isDebug: Boolean get() = DEBUG
public val Dispatchers.JavaFx: JavaFxDispatcher
    get() = kotlinx.coroutines.javafx.JavaFx
internal val internalLimit = 10
`);
  assert.equal(facts.hasErrors, undefined);
  assert.deepEqual(symbolList(facts), [
    'DEBUG_PROPERTY_NAME constant exported',
    'DEFAULT_TIMEOUT constant exported',
    'DefaultDelay variable exported',
    'GREETING variable exported', // a string template is computed
    'JavaFx property exported',
    'counter variable exported',
    'hexAddress property exported',
    'isDebug property exported',
  ]);
});

test('kotlin: a KDoc @suppress or @hide takes a declaration and its members out of the API; the doc keeps its note without the tag', async () => {
  const facts = await extractText(kotlinExtractor, 'common/src/JobSupport.kt', `package kotlinx.coroutines

/**
 * A concrete implementation of [Job].
 *
 * @suppress **This is unstable API and it is subject to change.**
 */
public open class JobSupport {
    /** Starts the job. */
    public fun start(): Boolean = true
}

public object NonCancellable {
    /**
     * Always returns \`true\`.
     * @suppress **This an internal API and should not be used from general code.**
     */
    override val isActive: Boolean get() = true

    /** @suppress */
    override fun join() {}

    /** Cancels nothing. */
    fun cancel() {}
}

/** @hide */
fun hiddenHelper() {}
`);
  assert.deepEqual(symbolList(facts), [
    'JobSupport class',
    'JobSupport.start method',
    'NonCancellable class exported',
    'NonCancellable.cancel method exported',
    'NonCancellable.isActive property',
    'NonCancellable.join method',
    'hiddenHelper function',
  ]);
  assert.equal(docOf(facts, 'JobSupport'), 'A concrete implementation of [Job].\n\n**This is unstable API and it is subject to change.**');
  assert.equal(docOf(facts, 'isActive'), 'Always returns `true`.\n**This an internal API and should not be used from general code.**');
  assert.equal(docOf(facts, 'join'), undefined); // a bare tag leaves no doc
  assert.equal(docOf(facts, 'cancel'), 'Cancels nothing.');
});

test('kotlin: statements and headers the grammar cannot read are prepared so the file parses and classes keep their members', async () => {
  const facts = await extractText(kotlinExtractor, 'js/src/Promise.kt', `package kotlinx.coroutines

@PublishedApi
internal class InternalClassExposed
    @PublishedApi
    internal constructor() {
    fun funExposed() {}
}

public class HiddenClass
    @Deprecated("For binary compatibility", level = DeprecationLevel.HIDDEN)
    public constructor() {
    fun hiddenFun() {}
}

internal actual class JobCancellationException public actual constructor(
    message: String,
    @JvmField internal actual val job: Job
) : CancellationException(message) {
    override fun toString(): String = "JobCancellationException"
}

actual open class ByteString
internal actual constructor(internal actual val data: ByteArray) {
    actual open fun hex(): String = "z"
}

fun <T> Deferred<T>.asPromise(): Promise<T> {
    val promise = Promise<T> { resolve, reject -> }
    promise.asDynamic().deferred = this
    Thread.currentThread().name = "worker"
    results.get() += 1
    return promise
}

fun notify(handler: (Throwable?) -> Unit, cause: Throwable?) {
    if (cause != null) (handler)(cause)
}

fun after() {}
`);
  assert.equal(facts.hasErrors, undefined);
  assert.deepEqual(symbolList(facts), [
    'ByteString class exported',
    'ByteString.hex method exported',
    'HiddenClass class exported',
    'HiddenClass.hiddenFun method exported',
    'InternalClassExposed class',
    'InternalClassExposed.funExposed method',
    'JobCancellationException class',
    'JobCancellationException.toString method',
    'after function exported',
    'asPromise function exported',
    'notify function exported',
  ]);
  assert.equal(facts.symbols.find((s) => s.name === 'after')?.line, 40);
});

test('kotlin: context parameters and receivers before a declaration (Kotlin 2.2) parse as the declaration they qualify (AnkiDroid)', async () => {
  const facts = await extractText(kotlinExtractor, 'src/main/kotlin/com/acme/Flags.kt', `package com.acme

context(test: AnkiTest)
fun Flag.createFlagWithName(name: String): Flag = this

context(Logger, Clock)
internal fun stamp(): Long = 0L

class Flags {
    context(scope: Scope)
    fun reset() {}
}
`);
  assert.equal(facts.hasErrors, undefined);
  assert.deepEqual(symbolList(facts), ['Flags class exported', 'Flags.reset method exported', 'createFlagWithName function exported', 'stamp function']);
});

test('kotlin: an assignment to a member of a call reached by ?. or of a cast in parentheses parses (Tusky)', async () => {
  const facts = await extractText(kotlinExtractor, 'app/src/main/java/com/keylesspalace/tusky/ViewMediaActivity.kt', `package com.keylesspalace.tusky

class ViewMediaActivity : BaseActivity() {
    override fun onCreateOptionsMenu(menu: Menu): Boolean {
        menu.findItem(R.id.action_open_status)?.isVisible = (attachments != null)
        fieldData.getOrNull(position)?.first = newText.toString()
        (binding.recyclerView.itemAnimator as SimpleItemAnimator).supportsChangeAnimations = false
        return true
    }

    fun share() {}
}
`);
  assert.equal(facts.hasErrors, undefined);
  assert.deepEqual(symbolList(facts), ['ViewMediaActivity class exported', 'ViewMediaActivity.onCreateOptionsMenu method exported', 'ViewMediaActivity.share method exported']);
});
