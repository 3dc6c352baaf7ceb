import assert from 'node:assert/strict';
import { test } from 'node:test';
import { extractorFor } from '../../../src/graph/extractors/extractorRegistry.ts';
import { juliaExtractor } from '../../../src/graph/extractors/julia/juliaExtractor.ts';
import { docOf, extractText, importList, symbolList } from './extractText.ts';

// The shapes of Flux.jl's src/Flux.jl and src/layers/basic.jl
const source = `"""
Flux is a library for machine learning in Julia.
"""
module Flux

using Base: tail
using LinearAlgebra, Statistics  # standard lib
using Zygote: @adjoint, pullback # AutoZygote, AutoMooncake
import Optimisers: trainable
using .Losses

export Chain, Dense

include("layers/basic.jl")

"""
    Chain(layers...)
    Chain(name = layer, ...)

Collects multiple layers / functions to be called in sequence
on a given input.

# Examples
\`\`\`jldoctest
julia> Chain(x -> x^2)(5)
\`\`\`
"""
struct Chain{T<:Union{Tuple, NamedTuple}}
  layers::T
end

Chain(xs...) = Chain(xs)

"Applies every layer in turn."
function _applychain(layers::Tuple, x)
  x
end

Base.getindex(c::Chain, i::AbstractArray) = Chain(c.layers[i])

function Base.show(io::IO, c::Chain)
  print(io, "Chain(")
end

function (m::Dense)(x::AbstractVecOrMat)
  m.weight * x
end

mutable struct Recur{T,S}
  cell::T
end

abstract type AbstractOptimiser end

const ϵ = 1e-8

macro layer(exs...)
end

x = f(y)
count(x) == 3 && println("three")
const HELP = \"\"\"
usage: flux [options]
\"\"\"

\"\"\"
Trains a model.
\"\"\"
train!(m) = m

Base.@kwdef struct Options
  epochs::Int = 1
end
end
`;

test('julia: modules, functions (short ones too), types, constants and macros are symbols; docstrings their docs; include and using the imports', async () => {
  assert.equal(extractorFor('src/layers/basic.jl'), juliaExtractor);
  const facts = await extractText(juliaExtractor, 'src/Flux.jl', source);
  assert.equal(facts.language, 'julia');
  assert.deepEqual(symbolList(facts), [
    'Base.getindex method exported',
    'Base.show method exported',
    'Chain function exported',
    'Flux module exported',
    'Flux.AbstractOptimiser type exported',
    'Flux.Chain struct exported',
    'Flux.HELP constant exported',
    'Flux.Options struct exported',
    'Flux.Recur struct exported',
    'Flux.ϵ constant exported',
    '_applychain function',
    'layer function exported',
    'train! function exported',
  ]);
  // a string that is no docstring does not swallow the definitions after it
  assert.equal(docOf(facts, 'train!'), 'Trains a model.');
  assert.deepEqual(importList(facts), ['include LinearAlgebra.jl system', 'include Optimisers.jl system', 'include Statistics.jl system', 'include Zygote.jl system', 'include layers/basic.jl']);
  assert.deepEqual(facts.docComments, ['Flux is a library for machine learning in Julia.']);
  // the signature lines and the examples are no prose
  assert.equal(docOf(facts, 'Chain'), 'Collects multiple layers / functions to be called in sequence on a given input.');
  assert.equal(docOf(facts, '_applychain'), 'Applies every layer in turn.');
  assert.equal(docOf(facts, 'show'), undefined);
});
