// License headers say nothing about what a file does; tool directives are not prose at all (Dart's analyzer's
// `// ignore_for_file: constant_identifier_names` had described a bloc brick's hooks). A header split
// into paragraphs by blank comment lines is text of a licence in each of them: the Apache header's terms
// ("http://www.apache.org/licenses/LICENSE-2.0 / Unless required by applicable law …") had been every file doc
// of Prometheus (429 files) and Hugo (663), GPL's warranty paragraph likewise. Swift's projects' short header names its
// licence only as a file ("This source file is part of the Swift Argument Parser open source project / See
// https://swift.org/LICENSE.txt for license information": 15 of swift-argument-parser's 25 cards opened with it).
const license =
  /copyright|\(c\)\s*\d{4}|©|spdx-license-identifier|licensed under|permission is hereby granted|all rights reserved|general public license|the software is provided|apache license|mit license|redistribution and use in source|redistributions of source code|pvs-studio|viva64\.com|unless required by applicable law|without (?:any )?warrant(?:y|ies)|warranties of merchantability|fitness for a particular purpose|you may obtain a copy of the license|(?:apache|gnu|opensource)\.org\/licenses|free software foundation|see the license for the specific language|for licen[cs]e information|\blicen[cs]e\.(?:txt|md)\b|this (?:source )?file is (?:a )?part of the [^\n]{1,80}?\bproject\b/i;
// Version control keyword stamps (`$OpenBSD: base64.c,v 1.8 2015/01/16 … Exp $`, `$Id$`): tmux's compat card opened with one.
const rcsStamp = /^(?:\/\*+|\/\/|#+|--|;+|%+|\*)?\s*\$(?:Id|NetBSD|OpenBSD|FreeBSD|DragonFly|Header|Revision|Date|Author|Source|Log|RCSfile|Name|Rev)\b[^$\n]*\$/u;
const directive =
  /^(#!|#\s*(-\*-|vim?:|(en)?coding[:=]|type:|typed:|noqa|pylint|flake8|mypy|frozen_string_literal:|rubocop:|warn_indent:|shareable_constant_value:|phpcs:|@phpstan|@psalm)|\/\/\s*(@ts-|@flow|eslint|go:|\+build|swift-tools-version|prettier|#(end)?region|jshint|tslint|biome|swiftlint|clang-format|NOLINT|phpcs:|@phpstan-|@psalm-|ignore(?:_for_file)?:|coverage:ignore)|\/\*\s*(eslint|global|jshint|istanbul|prettier|@ts-|@flow|tslint|clang-format|phpcs:))/;

// A licence's own words that name no licence: the SSH 1.x header's "As far as I am concerned, the code I have written for
// this software can be used freely for any purpose. Any derived versions of this software must be clearly marked …".
const licenceProse = /contributors?:|this (?:file|program|library|code|software) is (?:a )?part of\b|can be used freely for any purpose|derived versions of this software|provided that the above copyright|this notice (?:and|is) |public domain|public license|free software|redistribute|subject to (?:the )?(?:licen[cs]e )?terms|(?:following|this|that) licen[cs]e|this source code form|hereby granted|\b(?:was|were) (?:developed|written|contributed|funded|sponsored) (?:for|by)\b|\bunder (?:\w+ )?contract\b/i;
// The lines a notice opens with: its authors and holders, their addresses, "All rights reserved".
const noticeLine = /^(?:authors?:|contributors?:|written by\b|copyright\b|\(c\)|©|all rights reserved|[^\s@]+@[^\s@]+\.\w+>?$|<[^>]+@[^>]+>)/iu;

/** Who wrote it and when, not what it does: "Red Hat author: …", "This meter written by …", "Created: Mon Mar 20 …". */
const ATTRIBUTION = /@|<[^>]*>|\bat \S+ dot \b|\bauthor\b|\bwritten by\b|\b(?:based on|inspired by)\b|\b(?:created|date):|\bsee (?:copying|license)\b|\breleased (?:in|under)\b/iu;

/** A comment's lines without their markers and the rules of stars that close Eclipse's headers. */
const commentLines = (raw: string): string[] =>
  raw.split('\n').map((line) => line.replace(/^\s*(?:\/\*+|\*+\/?|\/\/[/!]?|#+|--)?\s?/u, '').replace(/\s*\*+\/?\s*$/u, '').trim());

/**
 * What a file's licence header says of the file itself, where the description shares the notice's comment: OpenSSH's
 * "Author: Tatu Ylonen … Copyright (c) 1995 … All rights reserved / Server main loop for handling the interactive
 * session. / As far as I am concerned, …" (113 of its 126 top-level files had no description, the whole comment
 * dropped as a licence). The rest of the first paragraph that opens with notice lines, when it holds no licence text.
 */
export const descriptionInLicence = (raw: string): string | undefined => {
  if (!license.test(raw)) return undefined;
  const lines = commentLines(raw);
  const paragraphs: string[][] = [[]];
  for (const line of lines) {
    if (line === '') paragraphs.push([]);
    else paragraphs.at(-1)?.push(line);
  }
  // The description may come first, the notice below it: redis's "hyperloglog.c - Redis HyperLogLog probabilistic
  // cardinality approximation. / This file implements …" over "Copyright (c) 2014, … / All rights reserved.", or
  // "Redis CLI (command line interface)" in a paragraph of its own (every file of redis's src/ had no doc).
  const lead = paragraphs.find((p) => p.length > 0) ?? [];
  const noticeAt = lead.findIndex((line) => noticeLine.test(line));
  const before = withoutFileName((noticeAt < 0 ? lead : lead.slice(0, noticeAt)).join(' '));
  if (before !== '' && !licenceProse.test(before) && describes(before)) return before;
  for (const paragraph of paragraphs) {
    let first = 0;
    // only the notice's own lines: a line of the licence's terms makes the whole paragraph the licence's
    while (first < paragraph.length && noticeLine.test(paragraph[first] ?? '')) first++;
    // the description shares its paragraph with the notice, below it; a paragraph of its own is the licence's
    // ("This software is provided 'as-is' …", "You may opt to use, copy, modify …")
    if (first === 0) continue;
    const rest = paragraph.slice(first).join(' ');
    // the notice lines count for the licence's prose (Eclipse's "Contributors: / IBM Corporation - initial API …")
    if (licenceProse.test(paragraph.join(' '))) continue;
    const text = withoutFileName(rest);
    if (describes(text)) return text;
  }
  return undefined;
};

/** A header's own file name before its description ("hyperloglog.c - Redis HyperLogLog …"): the path says it already. */
const withoutFileName = (text: string): string =>
  text.replace(/^(?:file(?:name)?:\s*)?[\w.+-]+\.[A-Za-z][A-Za-z0-9]{0,5}(?:\s*(?:[-–—:]|--)\s+(?=\S)|\s*$)/iu, '');

/**
 * A comment that only names its file (Xcode's header opens `//  Validation.swift` above the licence; Alamofire's
 * cards read "Validation.swift."), with or without a `File:` label.
 */
export const namesItsFileOnly = (raw: string): boolean => {
  const text = commentLines(raw).filter((line) => line !== '').join(' ');
  return text !== '' && withoutFileName(text) === '';
};

/** Whether text beside a licence notice says what the file does: no licence, stamp or attribution, not shouted, a sentence. */
const describes = (text: string): boolean => {
  // (any licence named: "Distributed under the Boost Software License", "governed by a BSD-style license")
  if (text === '' || license.test(text) || /\blicen[cs]e/iu.test(text) || rcsStamp.test(text) || ATTRIBUTION.test(text)) return false;
  // a licence's terms are shouted: "LIABILITY, WHETHER IN AN ACTION OF CONTRACT, …"
  if ((text.match(/\p{Lu}/gu) ?? []).length > (text.match(/\p{Ll}/gu) ?? []).length) return false;
  // a sentence, not a list of more holders' names ("David McIntosh, Robert Becho, Google Inc. and Veronika Zenz")
  return (text.match(/(?<![\p{L}-])\p{Ll}{3,}/gu) ?? []).length >= 2 && /^\p{Lu}/u.test(text);
};

/**
 * Go's package doc ("Package encode implements an encoder middleware for Caddy. … Code borrowed from that repository
 * is Copyright (c) 2015 The Httpgzip Authors."): what the package is, whatever its last sentence credits.
 */
const goPackageDoc = /^\s*(?:\/\/|\/\*+)?\s*Package [\p{L}_][\p{L}\p{N}_]* \p{L}/u;

/** True for license boilerplate, tool directives (shebang, eslint, go:build, coding lines), version-control stamps and code commented out. */
export const isBoilerplateComment = (raw: string): boolean =>
  directive.test(raw.trim()) || rcsStamp.test(raw.trim()) || (license.test(raw) && !goPackageDoc.test(raw)) || isCommentedOutCode(raw);

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
