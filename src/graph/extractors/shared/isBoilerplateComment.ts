// License headers say nothing about what a file does; tool directives are not prose at all.
const license =
  /copyright|\(c\)\s*\d{4}|©|spdx-license-identifier|licensed under|permission is hereby granted|all rights reserved|general public license|the software is provided|apache license|mit license/i;
const directive =
  /^(#!|#\s*(-\*-|vim?:|coding[:=]|type:|noqa|pylint|flake8|mypy)|\/\/\s*(@ts-|@flow|eslint|go:|\+build|swift-tools-version|prettier|#(end)?region|jshint|tslint|biome|swiftlint|clang-format|NOLINT)|\/\*\s*(eslint|global|jshint|istanbul|prettier|@ts-|@flow|tslint|clang-format))/;

/** True for license boilerplate and tool directives (shebang, eslint, go:build, coding lines). */
export const isBoilerplateComment = (raw: string): boolean => directive.test(raw.trim()) || license.test(raw);
