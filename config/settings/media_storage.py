"""Where uploads live: the local folder (the embedded default), or an S3-compatible bucket
every web and worker node reaches, when GLOKAL_MEDIA_S3_BUCKET names one.

Credentials stay with boto3, which reads AWS_ACCESS_KEY_ID and AWS_SECRET_ACCESS_KEY (or an
instance role) itself, so no secret passes through the settings.
"""


def media_storage(environ):
    """STORAGES["default"] for this environment."""
    bucket = environ.get("GLOKAL_MEDIA_S3_BUCKET", "").strip()
    if not bucket:
        return {"BACKEND": "django.core.files.storage.FileSystemStorage"}
    return {
        # Its URLs are <GLOKAL_PUBLIC_BASE_URL>/media/<key>: the site's reverse proxy hands
        # those reads to the bucket (pages/core/media_storage.py).
        "BACKEND": "pages.core.media_storage.SiteMediaStorage",
        "OPTIONS": {
            "bucket_name": bucket,
            # Unset: AWS itself; for any other S3 (SeaweedFS, MinIO, Ceph, …) its address.
            "endpoint_url": environ.get("GLOKAL_MEDIA_S3_ENDPOINT_URL", "").strip() or None,
            "region_name": environ.get("GLOKAL_MEDIA_S3_REGION", "").strip() or "us-east-1",
            # Bucket names in the path, not the host name: what S3 servers other than AWS
            # answer without wildcard DNS.
            "addressing_style": "path",
            # Two uploads called photo.jpg are two objects (Django picks a free name), never
            # one replacing the other.
            "file_overwrite": False,
            # The bucket's policy decides who reads; objects carry no ACL of their own.
            "default_acl": None,
            # Plain, stable URLs: the proxy reads the bucket, visitors never sign anything.
            "querystring_auth": False,
        },
    }
