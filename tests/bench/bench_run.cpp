// SPDX-License-Identifier: Apache-2.0
// How long `lkc run` takes the starter ISO to "all services started", against
// bare qemu-system-x86_64 on the same ISO: first with the KVM verdict not yet
// remembered (a probe runs), then remembered. Prints figures; asserts nothing.
//   bench_run [RUNS]      (default 2 runs of each)
#include "testenv.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QTextStream>

#include <algorithm>

using namespace Lkc::Test;

namespace {

const QByteArray kServicesLine = "all services started";

// Seconds from start to the line, or -1; `*startup` gets the seconds until lkc run printed
// "Booting" (its own work before QEMU starts: state dir, accelerator choice).
double timeToServices(const QString &program, const QStringList &args,
                      const QProcessEnvironment &env, double *startup = nullptr) {
    QProcess p;
    p.setProcessChannelMode(QProcess::MergedChannels);
    p.setProcessEnvironment(env);
    QElapsedTimer t;
    t.start();
    p.start(program, args);
    if (!p.waitForStarted(10000))
        return -1;
    QByteArray out;
    double seconds = -1;
    while (t.elapsed() < 300000 && p.state() == QProcess::Running) {
        p.waitForReadyRead(200);
        out += p.readAll();
        if (startup && *startup < 0 && out.contains("Booting "))
            *startup = t.elapsed() / 1000.0;
        if (out.contains(kServicesLine)) {
            seconds = t.elapsed() / 1000.0;
            break;
        }
    }
    // lkc run stops its QEMU on SIGTERM; bare QEMU ends on it.
    p.terminate();
    if (!p.waitForFinished(15000)) {
        p.kill();
        p.waitForFinished(5000);
    }
    if (seconds < 0)
        QTextStream(stderr) << "no services line; last output:\n" << out.right(1500) << "\n";
    return seconds;
}

double median(QList<double> v) {
    std::sort(v.begin(), v.end());
    return v.isEmpty() ? -1 : v[v.size() / 2];
}

} // namespace

int main(int argc, char *argv[]) {
    QCoreApplication app(argc, argv);
    QTextStream out(stdout);
    const int runs = argc > 1 ? qMax(1, QString::fromLocal8Bit(argv[1]).toInt()) : 2;
    QString error;
    const QString store = starterKitStore(&error);
    if (store.isEmpty()) {
        out << "cannot build the starter kit: " << error << "\n";
        return 1;
    }
    const QString dir = scratchDir(QStringLiteral("bench-run"));
    const ProcessResult b =
        runLkc({QStringLiteral("build"), QStringLiteral("--format"), QStringLiteral("iso-bios"),
                QStringLiteral("--dir"), dir, QStringLiteral("--name"), QStringLiteral("starter"),
                QStringLiteral("--cache"), store,
                sourceDir() + QStringLiteral("/resources/examples/starter.yml")},
               600000);
    if (b.exitCode != 0) {
        out << "lkc build failed: " << b.err.right(1000) << "\n";
        return 1;
    }
    const QString iso = dir + QStringLiteral("/starter.iso");
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("LKC_ACCEL_CACHE"), dir + QStringLiteral("/kvm-probe.json"));
    env.remove(QStringLiteral("LINUXKIT_QEMU_ACCEL"));
    QFile::remove(dir + QStringLiteral("/kvm-probe.json"));

    // The accelerator lkc run picks by itself (the probe); bare QEMU gets the same one.
    const QStringList lkcArgs = {QStringLiteral("run"), QStringLiteral("-state"),
                                 dir + QStringLiteral("/state"), iso};
    out << "starter ISO (iso-bios) to \"" << kServicesLine << "\", " << runs
        << " run(s) each, TCG unless KVM works here\n";
    out.flush();
    double coldStartup = -1;
    const double cold = timeToServices(lkcBinary(), lkcArgs, env, &coldStartup);
    QFile cache(dir + QStringLiteral("/kvm-probe.json"));
    const bool kvm = cache.open(QIODevice::ReadOnly) && cache.readAll().contains("\"works\": true");
    const QString accel = kvm ? QStringLiteral("kvm") : QStringLiteral("tcg");
    QList<double> warm, bare, warmStartup;
    for (int i = 0; i < runs; ++i) {
        bare << timeToServices(QStringLiteral("qemu-system-x86_64"),
                               {QStringLiteral("-machine"), QStringLiteral("q35,accel=") + accel,
                                QStringLiteral("-m"), QStringLiteral("1024"),
                                QStringLiteral("-nographic"), QStringLiteral("-cdrom"), iso},
                               env);
        double startup = -1;
        warm << timeToServices(lkcBinary(), lkcArgs, env, &startup);
        warmStartup << startup;
    }
    const double w = median(warm), q = median(bare);
    out << QStringLiteral("  bare qemu-system-x86_64 (%1)       %2 s (median)\n")
               .arg(accel)
               .arg(q, 0, 'f', 1);
    out << QStringLiteral("  lkc run, first (KVM probe runs)   %1 s (%2 s before QEMU starts)\n")
               .arg(cold, 0, 'f', 1)
               .arg(coldStartup, 0, 'f', 2);
    out << QStringLiteral(
               "  lkc run, verdict remembered       %1 s (median; %2 s before QEMU starts)\n")
               .arg(w, 0, 'f', 1)
               .arg(median(warmStartup), 0, 'f', 2);
    if (q > 0 && w > 0)
        out << QStringLiteral("  ratio lkc run / bare              %1x (goal: within 1.10x)\n")
                   .arg(w / q, 0, 'f', 2);
    return 0;
}
