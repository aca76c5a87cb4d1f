// SPDX-License-Identifier: Apache-2.0
#include "buildplan.h"

#include "outputs/outputwriter.h"

#include <QDir>

namespace Lkc {

Result<BuildPlan> BuildPlan::create(BuildPlan plan) {
    QStringList formats;
    for (const QString &f : plan.formats)
        for (const QString &part : f.split(QLatin1Char(','), Qt::SkipEmptyParts))
            if (!formats.contains(part.trimmed()))
                formats.append(part.trimmed());
    if (formats.isEmpty())
        formats = {plan.outputFile.isEmpty() ? QStringLiteral("kernel+initrd")
                                             : QStringLiteral("tar")};
    const QStringList known = knownOutputFormats();
    for (const QString &f : formats)
        if (!known.contains(f))
            return Error(QStringLiteral("error parsing formats: unknown format type %1 (known: %2)")
                             .arg(f, known.join(QStringLiteral(", "))));
    for (const QString &exclusive : {QStringLiteral("tar"), QStringLiteral("docker")})
        if (formats.contains(exclusive) && formats.size() > 1)
            return Error(
                QStringLiteral("the %1 format must be the only format requested").arg(exclusive));
    if (!plan.outputFile.isEmpty() && formats.size() == 1 &&
        formats.first() != QLatin1String("tar") && formats.first() != QLatin1String("docker"))
        return Error(QStringLiteral("--o can only be used with the tar or docker format, not %1")
                         .arg(formats.first()));
    plan.formats = formats;
    if (plan.name.isEmpty())
        plan.name = QStringLiteral("moby");
    if (plan.arch.isEmpty())
        plan.arch = QStringLiteral("amd64");
    return plan;
}

QString BuildPlan::outputBase() const {
    const QString dir = outputDir.isEmpty() ? QDir::currentPath() : outputDir;
    return QDir(dir).filePath(name);
}

bool BuildPlan::streamsRootfsOnly() const {
    return formats.size() == 1 &&
           (formats.first() == QLatin1String("tar") || formats.first() == QLatin1String("docker"));
}

} // namespace Lkc
