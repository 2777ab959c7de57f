"""System checks of what a node needs before it serves (`manage.py check --deploy`).

The media bucket: a missing bucket, wrong credentials or an unreachable endpoint would
otherwise surface as a stack trace on the first upload or rendition; here a node refuses to
start with one message naming the bucket and the endpoint.
"""

import copy

from django.conf import settings
from django.core import checks

MEDIA_BUCKET_UNAVAILABLE = "glokal.E001"


def media_bucket(app_configs=None, **kwargs):
    """The default storage's bucket exists and takes our credentials (skipped for the local
    folder, and with GLOKAL_CHECK_MEDIA_BUCKET=false, e.g. while building an image offline)."""
    # Imported here: boto3 is loaded only where a bucket is configured or checked.
    from botocore.config import Config
    from botocore.exceptions import BotoCoreError, ClientError
    from django.core.files.storage import storages
    from storages.backends.s3 import S3Storage

    storage = storages["default"]
    if not isinstance(storage, S3Storage) or not settings.GLOKAL_CHECK_MEDIA_BUCKET:
        return []
    # A copy with connections of its own that give up within seconds: a start that waits
    # minutes on a silent endpoint is no clearer than a stack trace.
    probe = copy.copy(storage)
    probe.client_config = storage.client_config.merge(
        Config(connect_timeout=3, read_timeout=5, retries={"max_attempts": 1})
    )
    where = f"bucket {storage.bucket_name!r} at {storage.endpoint_url or 'AWS S3'}"
    try:
        probe.connection.meta.client.head_bucket(Bucket=storage.bucket_name)
    except ClientError as error:
        status = error.response.get("ResponseMetadata", {}).get("HTTPStatusCode")
        if status == 404:
            message = f"The media {where} does not exist."
            hint = "Create the bucket, or set GLOKAL_MEDIA_S3_BUCKET to an existing one."
        elif status == 403:
            message = f"The media {where} refuses our credentials."
            hint = "Check AWS_ACCESS_KEY_ID and AWS_SECRET_ACCESS_KEY and the bucket's policy."
        else:
            message = f"The media {where} answered with an error: {error}"
            hint = "Check GLOKAL_MEDIA_S3_ENDPOINT_URL and GLOKAL_MEDIA_S3_REGION."
    except BotoCoreError as error:
        message = f"The media {where} cannot be reached: {error}"
        hint = "Check GLOKAL_MEDIA_S3_ENDPOINT_URL and that the S3 server runs."
    else:
        return []
    return [checks.Error(message, hint=hint, id=MEDIA_BUCKET_UNAVAILABLE)]
