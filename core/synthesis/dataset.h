// Synthetic datasets on disk: sharded NumPy .npy arrays + index.csv + dataset.json, readable from
// Python with numpy/pandas alone. This header gathers the parts: dataset_manifest.h (dataset.json),
// dataset_index.h (index.csv), npy_format.h (.npy headers), dataset_writer.h, dataset_reader.h.
//
// Layout of a dataset folder (format version 1):
//   dataset.json   {"format": "insar-denoiser-synthetic", "version": 1, "complete": true|false,
//                   "count": N, "requestedCount": R, "seed": S, "sampleSize": H,
//                   "storage": "npy"|"npy8", "samplesPerShard": K, "components": bool,
//                   "dem": "fractal"|"raster", "shards": [{"name": "shard_00000", "count": n}, ...],
//                   "config": {...}}
//   shard_00000_input.npy       float32 [n, H, W] LOS metres ("npy") or uint8 [n, H, W] ("npy8")
//   shard_00000_reference.npy   same dtype/shape: the deformation x
//   shard_00000_components.npy  only with components: float32 [n, 5, H, W] LOS metres in the order
//                               turbulent, stratified, ramp, residual, dem (dem in metres)
//   index.csv      one row per sample, header:
//                  index,shard,row,seed,weight,snr,scale,offset,incidence_deg,heading_deg,
//                  centre_lon_deg,centre_lat_deg,params_json
//                  (npy8: metres = offset + scale * byte for input and reference; npy: scale 1,
//                  offset 0). params_json is a CSV-quoted JSON object with the ground truth.
// Python: x = np.load("shard_00000_input.npy", mmap_mode="r"); idx = pandas.read_csv("index.csv").
// Sample i lives in shard i / K at row i % K.
//
// Interruption: each shard is written to temporary files (common/atomic_file.h naming) and
// renamed when complete, and index.csv and dataset.json are rewritten atomically after every
// shard. A cancelled run removes the temporaries of the shard in progress and leaves the completed
// shards, all indexed, with "complete": false; a killed run leaves temporaries that the next run
// into the folder removes. DatasetOptions::resume completes such a dataset.
#pragma once

#include "synthesis/dataset_index.h"
#include "synthesis/dataset_manifest.h"
#include "synthesis/dataset_reader.h"
#include "synthesis/dataset_writer.h"
