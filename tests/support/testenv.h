// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QProcess>
#include <QString>
#include <QStringList>

namespace Lkc::Test {

// Where things are, for tests: the source tree, its fixtures, the lkc binary.
// Everything a test reads lives in the project (tests pass from a plain clone).
QString sourceDir();
QString fixturesDir();    // tests/fixtures
QString conformanceDir(); // tests/fixtures/conformance: goldens measured from LinuxKit
QString lkcBinary();
QString corpusDir(); // tests/fixtures/corpus

// A scratch directory under the build tree, emptied on first use per name.
QString scratchDir(const QString &name);

struct ProcessResult {
    int exitCode = -1;
    bool finished = false;
    QByteArray out;
    QByteArray err;
};

// Runs a program to completion (killed after timeoutMs) and returns its output.
ProcessResult runProcess(const QString &program, const QStringList &args, int timeoutMs = 60000,
                         const QByteArray &stdinData = {}, const QString &workDir = {});

// Runs `lkc ARGS…`.
ProcessResult runLkc(const QStringList &args, int timeoutMs = 60000, const QString &workDir = {});

// An image store holding the starter kit (packaging/starter-kit), built once
// per build tree and shared by every test that needs it (the kit's script is
// idempotent). Empty, with the reason in `error`, when it cannot be built.
QString starterKitStore(QString *error = nullptr);

// True when `program` is on PATH.
bool haveProgram(const QString &program);

} // namespace Lkc::Test
