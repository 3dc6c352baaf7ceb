import assert from 'node:assert/strict';
import { test } from 'node:test';
import { cppExtractor } from '../../../src/graph/extractors/cpp/cppExtractor.ts';
import { extractorFor } from '../../../src/graph/extractors/extractorRegistry.ts';
import { docOf, extractText, importList, symbolList } from './extractText.ts';

const source = `// Renderer core.
#include <vector>
#include "renderer.hpp"

namespace gfx {

/// The renderer.
class Renderer : public Base {
public:
    /// Draws a frame.
    void draw();
private:
    int frames;
};

void Renderer::draw() {}

template <typename T>
struct Buffer {
    T* data;
};

enum class Mode { Fast, Slow };

int compute(int x) { return x; }

}  // namespace gfx

using Vec = std::vector<int>;
`;

test('cpp: declared symbols with kinds, exported flags and containers', async () => {
  const facts = await extractText(cppExtractor, 'gfx/renderer.cpp', source);
  assert.equal(facts.language, 'cpp');
  assert.equal(facts.hasErrors, undefined);
  assert.deepEqual(symbolList(facts), [
    'Buffer struct exported',
    'Mode enum exported',
    'Renderer class exported',
    'Renderer.draw method exported',
    'Vec type exported',
    'compute function exported',
    'gfx namespace exported',
  ]);
});

test('cpp: imports', async () => {
  const facts = await extractText(cppExtractor, 'gfx/renderer.cpp', source);
  assert.deepEqual(importList(facts), [
    'include renderer.hpp',
    'include vector system',
  ]);
});

test('cpp: doc comments on declarations and the file', async () => {
  const facts = await extractText(cppExtractor, 'gfx/renderer.cpp', source);
  assert.equal(docOf(facts, 'Renderer'), 'The renderer.');
  assert.equal(docOf(facts, 'draw'), 'Draws a frame.');
  assert.deepEqual(facts.docComments, ['Renderer core.']);
});

test('cpp: CUDA (.cu, .cuh) and Metal (.metal) sources are C++ dialects: kernels, headers and includes', async () => {
  const cuda = `#include "common.cuh"

template <int block_size>
static __global__ void rms_norm_f32(const float * x, float * dst, const int ncols) {
    dst[threadIdx.x] = x[threadIdx.x];
}

void ggml_cuda_op_rms_norm(ggml_backend_cuda_context & ctx, ggml_tensor * dst) {
    rms_norm_f32<256><<<1, 256, 0, ctx.stream()>>>(nullptr, nullptr, 0);
}
`;
  assert.equal(extractorFor('ggml-cuda/norm.cu', cuda)?.language, 'cpp');
  assert.equal(extractorFor('ggml-cuda/common.cuh')?.language, 'cpp');
  const facts = await extractText(cppExtractor, 'ggml-cuda/norm.cu', cuda);
  assert.deepEqual(symbolList(facts), ['ggml_cuda_op_rms_norm function exported', 'rms_norm_f32 function']);
  assert.deepEqual(importList(facts), ['include common.cuh']);

  const metal = `#include <metal_stdlib>
using namespace metal;

kernel void kernel_add(device const float * src0, device float * dst, uint tpig[[thread_position_in_grid]]) {
    dst[tpig] = src0[tpig];
}
`;
  assert.equal(extractorFor('kernels/add.metal', metal)?.language, 'cpp');
  const metalFacts = await extractText(cppExtractor, 'kernels/add.metal', metal);
  assert.deepEqual(symbolList(metalFacts), ['kernel_add function exported']);
});

test('cpp: export macros before a class name, and macro calls that read like functions', async () => {
  // protobuf's review: `class PROTOBUF_EXPORT TextFormat` lost the class (only its members' names came
  // through), and TEST(…) and GOOGLE_DISALLOW_EVIL_CONSTRUCTORS(…) were declared functions.
  const facts = await extractText(cppExtractor, 'google/protobuf/text_format.h', `
namespace google {
/** Prints and parses messages in text form. */
class PROTOBUF_EXPORT TextFormat {
 public:
  static bool Print(const Message& message);
 private:
  GOOGLE_DISALLOW_EVIL_CONSTRUCTORS(TextFormat);
};
template <typename T>
class PROTOBUF_EXPORT RepeatedField final : private Base {
 public:
  int size() const;
};
struct MAPNIK_DECL layer : util::noncopyable {
  int opacity;
};
struct SOCKADDR addr;
TEST(TextFormatTest, Basic) { }
SPDLOG_INLINE bool is_color_terminal() SPDLOG_NOEXCEPT {
  return true;
}
bool in_terminal(FILE *file) const SPDLOG_NOEXCEPT;
}
`);
  assert.deepEqual(symbolList(facts), [
    'RepeatedField class exported',
    'RepeatedField.size method exported',
    'TextFormat class exported',
    'TextFormat.Print method exported',
    'addr variable exported',
    'google namespace exported',
    'in_terminal function exported',
    'is_color_terminal function exported',
    'layer struct exported',
  ]);
  assert.equal(docOf(facts, 'TextFormat'), 'Prints and parses messages in text form.');
});

test("cpp: Qt's moc keywords and macros and a parameter's braced default parse as the class around them (qBittorrent)", async () => {
  const facts = await extractText(cppExtractor, 'src/base/addtorrentmanager.h', `#pragma once
#include <QObject>

class AddTorrentManager : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AddTorrentManager)
    Q_PROPERTY(int count READ count NOTIFY countChanged)

public:
    explicit AddTorrentManager(QObject *parent = nullptr);
    bool addTorrent(const QString &source, const AddTorrentParams &params = {});
    Q_INVOKABLE int count() const;

signals:
    void torrentAdded(const QString &source);

private slots:
    void onSessionTorrentAdded();
};

Q_DECLARE_METATYPE(AddTorrentManager *)

void AddTorrentManager::onSessionTorrentAdded()
{
    emit torrentAdded(u"x"_s);
}
`);
  assert.equal(facts.hasErrors, undefined);
  assert.deepEqual(symbolList(facts), [
    'AddTorrentManager class exported',
    'AddTorrentManager.addTorrent method exported',
    'AddTorrentManager.count method exported',
    'AddTorrentManager.onSessionTorrentAdded method',
    'AddTorrentManager.torrentAdded method exported',
  ]);
});

test("cpp: a namespace closed with '};' (Hyprland's every namespace) loses nothing after it", async () => {
  const code = `#pragma once
#include <string>

namespace Helpers::SystemInfo {
    std::string getSystemInfo();
    std::string getStatus(int fmt); // a '}' in a comment: "};"
};

namespace NColorManagement {
    struct SImageDescription {
        int primaries = 0;
    };
    const char* name = "namespace { };";
};

class CHyprColor {
  public:
    float r = 0;
};
`;
  const facts = await extractText(cppExtractor, 'src/helpers/SystemInfo.hpp', code);
  assert.equal(facts.hasErrors ?? false, false);
  assert.ok(symbolList(facts).includes('CHyprColor class exported'), symbolList(facts).join(', '));
  assert.ok(symbolList(facts).some((s) => s.startsWith('SImageDescription') || s.includes('.SImageDescription')), symbolList(facts).join(', '));
});

test('cpp: a macro after C++ attributes and before a member\'s type parses (Transmission\'s [[nodiscard]] TR_CONSTEXPR20)', async () => {
  const code = `#pragma once

class tr_announce_list
{
public:
    [[nodiscard]] TR_CONSTEXPR20 bool empty() const noexcept
    {
        return trackers_.empty();
    }

    [[nodiscard]] [[deprecated]] TR_CONSTEXPR20 auto size() const noexcept
    {
        return trackers_.size();
    }

private:
    int trackers_;
};
`;
  const facts = await extractText(cppExtractor, 'libtransmission/announce-list.h', code);
  assert.equal(facts.hasErrors ?? false, false);
  assert.ok(symbolList(facts).includes('tr_announce_list.empty method exported'), symbolList(facts).join(', '));
});

test('cpp: braced arguments stay braces, while a type handed to a macro and a calling convention are read through', async () => {
  // (C++ passes braced lists to functions: `setText({})`; C's macro tables are what read braces as parentheses)
  const facts = await extractText(cppExtractor, 'src/gui/dialog.cpp', [
    'static DWORD WINAPI service_main(LPVOID arg) { return 0; }',
    'void Dialog::reset()',
    '{',
    '    setText({});',
    '    auto *p = static_cast<Priv *>(qMalloc(sizeof(struct priv)));',
    '    Glib::spawn_async({}, std::vector<std::string>{ "xdg-open", uri });',
    '}',
    '',
  ].join('\n'));
  assert.equal(facts.hasErrors, undefined);
  assert.ok(symbolList(facts).some((s) => s.startsWith('service_main function')), symbolList(facts).join(', '));
});
