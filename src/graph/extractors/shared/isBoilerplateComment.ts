// License headers say nothing about what a file does; tool directives are not prose at all. A header split
// into paragraphs by blank comment lines is text of a licence in each of them: the Apache header's terms
// ("http://www.apache.org/licenses/LICENSE-2.0 / Unless required by applicable law …") had been every file doc
// of Prometheus (429 files) and Hugo (663), GPL's warranty paragraph likewise.
const license =
  /copyright|\(c\)\s*\d{4}|©|spdx-license-identifier|licensed under|permission is hereby granted|all rights reserved|general public license|the software is provided|apache license|mit license|redistribution and use in source|redistributions of source code|pvs-studio|viva64\.com|unless required by applicable law|without (?:any )?warrant(?:y|ies)|warranties of merchantability|fitness for a particular purpose|you may obtain a copy of the license|(?:apache|gnu|opensource)\.org\/licenses|free software foundation|see the license for the specific language/i;
// Version control keyword stamps (`$OpenBSD: base64.c,v 1.8 2015/01/16 … Exp $`, `$Id$`): tmux's compat card opened with one.
const rcsStamp = /^(?:\/\*+|\/\/|#+|--|;+|%+|\*)?\s*\$(?:Id|NetBSD|OpenBSD|FreeBSD|DragonFly|Header|Revision|Date|Author|Source|Log|RCSfile|Name|Rev)\b[^$\n]*\$/u;
const directive =
  /^(#!|#\s*(-\*-|vim?:|(en)?coding[:=]|type:|typed:|noqa|pylint|flake8|mypy|frozen_string_literal:|rubocop:|warn_indent:|shareable_constant_value:|phpcs:|@phpstan|@psalm)|\/\/\s*(@ts-|@flow|eslint|go:|\+build|swift-tools-version|prettier|#(end)?region|jshint|tslint|biome|swiftlint|clang-format|NOLINT|phpcs:|@phpstan-|@psalm-)|\/\*\s*(eslint|global|jshint|istanbul|prettier|@ts-|@flow|tslint|clang-format|phpcs:))/;

/** True for license boilerplate, tool directives (shebang, eslint, go:build, coding lines), version-control stamps and code commented out. */
export const isBoilerplateComment = (raw: string): boolean => directive.test(raw.trim()) || rcsStamp.test(raw.trim()) || license.test(raw) || isCommentedOutCode(raw);

// A line of code: ends a statement or block, assigns (`Normal = 0x0,`), or opens with a declaration keyword.
const codeLine = /(?:[;{}]|\)\s*[;{]?)$|^[\w.]+\s*[-+*/|&]?=[^=]|^(?:using|import|#\s*(?:include|import|define|if|endif)|namespace|package|return|public|private|protected|internal|static|var|let|const|def|class|struct|enum)\b|^\[\w+(?:\(.*\))?\]$/u;

/**
 * A block of code commented out (KeePass's `NativeProgressDialog.cs` is one, `using System; … namespace
 * KeePass.Native { … }`, and its module's summary read as that code): three or more lines, four in five
 * of them code (a doc's indented example follows its prose). A doc comment with an example in it (a fence, `@example`) is prose.
 */
const isCommentedOutCode = (raw: string): boolean => {
  if (/```|@example|<code>/u.test(raw)) return false;
  const lines = raw
    .split('\n')
    .map((line) => line.replace(/^\s*(?:\/\*+|\*\/|\*|\/\/[/!]?|#+|--)?\s?/u, '').replace(/\s*\*\/\s*$/u, '').trim())
    .filter((line) => line !== '');
  if (lines.length < 3) return false;
  return lines.filter((line) => codeLine.test(line)).length * 5 >= lines.length * 4;
};

// Xcode and Android Studio stamp every new file with `//  File.swift / //  Project / //  Created by
// Name on 1/2/23.`, NetBeans with "To change this template, choose Tools | Templates": no line of that
// block says what the file does, so the whole block goes.
const ideTemplate = /created by [^\n]{1,80}? on \d{1,4}[/.-]\d{1,2}[/.-]\d{1,4}|to change this (?:license header|template)|choose tools \| templates/i;

/** True for a comment holding an IDE's new-file template line ("Created by … on 10/31/25."). */
export const isIdeTemplateComment = (raw: string): boolean => ideTemplate.test(raw);
