// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "fileentry.h"
#include "imageentry.h"
#include "kernelsection.h"
#include "trust.h"
#include "volumeentry.h"

#include <QList>
#include <QMap>
#include <QStringList>

namespace Lkc {

// An init image reference as written, with its position ("init[2]").
using ImageRefString = Located<QString>;

// The three lists of image entries, in LinuxKit's processing order.
enum class ImageSection { Onboot, Onshutdown, Services };

// A LinuxKit config (one file, or several merged as in §2.12), typed, with the
// source position of every node. Read it with ConfigReader.
struct Config {
    QStringList sourceFiles; // the files it was read from, in merge order
    KernelSection kernel;
    QList<ImageRefString> init;
    QList<ImageEntry> onboot;
    QList<ImageEntry> onshutdown;
    QList<ImageEntry> services;
    QList<FileEntry> files;
    QList<VolumeEntry> volumes;
    Trust trust;
    // Where each top-level key was written ("kernel", "init", …; last file wins).
    QMap<QString, SourcePos> sectionPos;

    const QList<ImageEntry> &images(ImageSection section) const {
        switch (section) {
        case ImageSection::Onboot:
            return onboot;
        case ImageSection::Onshutdown:
            return onshutdown;
        case ImageSection::Services:
            break;
        }
        return services;
    }
    QList<ImageEntry> &images(ImageSection section) {
        return const_cast<QList<ImageEntry> &>(std::as_const(*this).images(section));
    }

    static QString sectionKey(ImageSection section) {
        switch (section) {
        case ImageSection::Onboot:
            return QStringLiteral("onboot");
        case ImageSection::Onshutdown:
            return QStringLiteral("onshutdown");
        case ImageSection::Services:
            break;
        }
        return QStringLiteral("services");
    }
};

} // namespace Lkc
